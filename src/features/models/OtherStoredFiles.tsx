import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import { selectModelImport } from "../../store/slices/modelImport/selectors";
import { selectUnclaimedFiles, selectUnclaimedFilesDeleted } from "../../store/slices/modelStorage/selectors";

/**
 * Stored files no known model claims (an interrupted import, a model no longer listed), so they can be
 * seen and deleted; shown only when there are some. Deleting asks for confirmation first (`onDelete`).
 */
export function OtherStoredFiles({ onDelete }: { onDelete(): void }) {
  const t = useT();
  const language = useLanguage();
  const words = t.otherStoredFiles;
  const unclaimed = useAppStore(selectUnclaimedFiles);
  const deleted = useAppStore(selectUnclaimedFilesDeleted);
  // An import's files belong to no listed model until it finishes: not the moment to clear leftovers.
  const importing = useAppStore(selectModelImport).status === "importing";

  return (
    <>
      {unclaimed !== undefined && unclaimed.files > 0 && (
        <div role="group" aria-label={words.label} className="stored-model">
          <span className="stored-model-name">{words.label}</span>
          <span className="stored-model-figures">
            {words.figures(unclaimed.files, formatBytes(unclaimed.bytes, language))} · {words.why}
          </span>
          <button type="button" className="button small danger" disabled={importing} onClick={onDelete}>
            {words.delete}
          </button>
        </div>
      )}
      {deleted && deleted.files > 0 && (
        <p role="status">{words.deleted(deleted.files, formatBytes(deleted.bytes, language))}</p>
      )}
    </>
  );
}
