import { useAppStore } from "../../store/useAppStore";
import { selectInstallOffered } from "../../store/slices/appShell/selectors";
import { useT } from "../../i18n/useT";

/** Shown only while the browser offers to install Sigilo as an app. */
export function InstallButton() {
  const t = useT();
  const offered = useAppStore(selectInstallOffered);
  const installApp = useAppStore((state) => state.installApp);
  if (!offered) return null;
  return (
    <button type="button" className="button" onClick={() => void installApp()}>
      {t.appShell.install}
    </button>
  );
}
