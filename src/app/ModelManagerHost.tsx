import { useAppStore } from "../store/useAppStore";
import { selectModelManagerOpen } from "../store/slices/modelStorage/selectors";
import { lazy, Suspense } from "react";

// Loaded when first opened: the first screen does not need it.
const ModelManagerDialog = lazy(() =>
  import("../features/models/ModelManagerDialog").then((module) => ({ default: module.ModelManagerDialog })),
);

/**
 * The model manager, hosted by the shell: Settings, the storage shortfall advice and a cancelled download's
 * note all open it through the store, whether or not the Settings dialog is on screen.
 */
export function ModelManagerHost() {
  const open = useAppStore(selectModelManagerOpen);
  const setOpen = useAppStore((state) => state.setModelManagerOpen);
  return open ? (
    <Suspense fallback={null}>
      <ModelManagerDialog onClose={() => setOpen(false)} />
    </Suspense>
  ) : null;
}
