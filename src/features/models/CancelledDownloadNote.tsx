import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import { selectCancelledDownloadId } from "../../store/slices/models/selectors";
import { selectStoredModels } from "../../store/slices/modelStorage/selectors";
import { useModelName } from "./modelName";

/** After Cancel: what became of the files already downloaded, and how to remove them. */
export function CancelledDownloadNote() {
  const modelName = useModelName();
  const modelId = useAppStore(selectCancelledDownloadId);
  const stored = useAppStore(selectStoredModels);
  const openManager = useAppStore((state) => state.setModelManagerOpen);
  if (!modelId) return null;
  const kept = stored?.find((model) => model.modelId === modelId);
  return (
    <p role="status" className="cancelled-download">
      The download of {modelName(modelId)} was cancelled.{" "}
      {kept
        ? `The ${kept.filesStored} files already downloaded (${formatBytes(kept.bytes)}) are kept in this browser, so downloading it again continues where it stopped. `
        : "No files had been stored yet. "}
      {kept && (
        <button type="button" className="button small" onClick={() => openManager(true)}>
          Remove them in Manage models
        </button>
      )}
    </p>
  );
}
