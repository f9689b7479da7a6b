import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectModelManagerOpen } from "../../store/slices/modelStorage/selectors";
import { ModelManagerDialog } from "./ModelManagerDialog";

/** Opens the model manager; the dialog lives here so any part of the app can open it through the store. */
export function ManageModelsButton() {
  const t = useT();
  const open = useAppStore(selectModelManagerOpen);
  const setOpen = useAppStore((state) => state.setModelManagerOpen);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t.modelManager.open}
      </button>
      {open && <ModelManagerDialog onClose={() => setOpen(false)} />}
    </>
  );
}
