import type { CustomModelSummary } from "../../domain/customModel";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import { selectStoredModels } from "../../store/slices/modelStorage/selectors";
import { ModalDialog } from "../../app/ModalDialog";

/**
 * Asks before removing a model the user added: its files are deleted with it, and getting them back means
 * downloading them again (or, for an imported model, finding its folder again). Says how much that is.
 */
export function RemoveCustomModelDialog({ model, onClose }: { model: CustomModelSummary; onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const words = t.customModels;
  const remove = useAppStore((state) => state.removeCustomModel);
  const stored = useAppStore(selectStoredModels)?.find((entry) => entry.modelId === model.source.modelId);

  const confirm = () => {
    onClose();
    void remove(model.source.modelId);
  };

  return (
    <ModalDialog className="dialog" aria-labelledby="remove-model-title" onClose={onClose}>
      <h2 id="remove-model-title">{words.removeTitle(model.name)}</h2>
      <p>
        {stored && stored.bytes > 0
          ? words.removeBodyStored(formatBytes(stored.bytes, language), model.importedAt !== undefined)
          : words.removeBody}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {words.cancel}
        </button>
        <button type="button" className="button danger" onClick={confirm}>
          {words.confirmRemove}
        </button>
      </div>
    </ModalDialog>
  );
}
