import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import { selectCancelledDownloadId } from "../../store/slices/models/selectors";
import { selectStoredModels } from "../../store/slices/modelStorage/selectors";
import { useModelName } from "./modelName";

/** After Cancel: what became of the files already downloaded, and how to remove them. */
export function CancelledDownloadNote() {
  const t = useT();
  const language = useLanguage();
  const modelName = useModelName();
  const modelId = useAppStore(selectCancelledDownloadId);
  const stored = useAppStore(selectStoredModels);
  const openManager = useAppStore((state) => state.setModelManagerOpen);
  if (!modelId) return null;
  const kept = stored?.find((model) => model.modelId === modelId);
  const words = t.cancelledDownload;
  return (
    <p role="status" className="cancelled-download">
      {words.cancelled(modelName(modelId))}{" "}
      {kept ? words.kept(kept.filesStored, formatBytes(kept.bytes, language)) : words.noneStored}{" "}
      {kept && (
        <button type="button" className="button small" onClick={() => openManager(true)}>
          {words.remove}
        </button>
      )}
    </p>
  );
}
