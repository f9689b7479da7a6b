import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";

/** Opens the model manager, which the app shell hosts (see app/ModelManagerHost) so any part of the app can open it. */
export function ManageModelsButton() {
  const t = useT();
  const setOpen = useAppStore((state) => state.setModelManagerOpen);
  return (
    <button type="button" className="button" onClick={() => setOpen(true)}>
      {t.modelManager.open}
    </button>
  );
}
