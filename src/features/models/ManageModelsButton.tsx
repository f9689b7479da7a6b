import { useAppStore } from "../../store/useAppStore";
import { selectModelManagerOpen } from "../../store/slices/modelStorage/selectors";
import { ModelManagerDialog } from "./ModelManagerDialog";

/** Opens the model manager; the dialog lives here so any part of the app can open it through the store. */
export function ManageModelsButton() {
  const open = useAppStore(selectModelManagerOpen);
  const setOpen = useAppStore((state) => state.setModelManagerOpen);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Manage models
      </button>
      {open && <ModelManagerDialog onClose={() => setOpen(false)} />}
    </>
  );
}
