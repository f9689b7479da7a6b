import { useAppStore } from "../../store/useAppStore";
import { selectInstallOffered } from "../../store/slices/appShell/selectors";

/** Shown only while the browser offers to install Sigilo as an app. */
export function InstallButton() {
  const offered = useAppStore(selectInstallOffered);
  const installApp = useAppStore((state) => state.installApp);
  if (!offered) return null;
  return (
    <button type="button" className="button" onClick={() => void installApp()}>
      Install app
    </button>
  );
}
