import { useEffect, useRef, useState } from "react";
import type { StoredModelInfo } from "../../domain/storedModel";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import {
  selectModelStorageError,
  selectModelsLastUsed,
  selectStoredBytes,
  selectStoredModels,
} from "../../store/slices/modelStorage/selectors";
import { useModelName } from "./modelName";
import { ModelSourceNote } from "./ModelSourceNote";
import { CustomModelList } from "./CustomModelList";
import { StorageSummary } from "./StorageSummary";
import { StoredModelList } from "./StoredModelList";

type PendingDeletion = { kind: "one"; model: StoredModelInfo } | { kind: "all" };

/** The model manager: what is stored, how big, deleting it, and the browser's storage. */
export function ModelManagerDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const words = t.modelManager;
  const modelName = useModelName();
  const models = useAppStore(selectStoredModels);
  const totalBytes = useAppStore(selectStoredBytes);
  const lastUsed = useAppStore(selectModelsLastUsed);
  const error = useAppStore(selectModelStorageError);
  const deleteOne = useAppStore((state) => state.deleteStoredModel);
  const deleteAll = useAppStore((state) => state.deleteAllStoredModels);
  const [pending, setPending] = useState<PendingDeletion>();
  const [now] = useState(() => Date.now());
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = () => {
    if (pending?.kind === "one") void deleteOne(pending.model.modelId);
    if (pending?.kind === "all") void deleteAll();
    setPending(undefined);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog model-manager"
      aria-labelledby="model-manager-title"
      onClose={onClose}
    >
      <div className="model-manager-header">
        <h2 id="model-manager-title">{words.title}</h2>
        <button type="button" className="button small" onClick={onClose}>
          {words.close}
        </button>
      </div>
      <StorageSummary />
      {models === undefined ? (
        <p role="status">{words.reading}</p>
      ) : (
        <>
          <p className="stored-models-total" aria-live="polite">
            {words.total(models.length, formatBytes(totalBytes, language))}
          </p>
          <StoredModelList
            models={models}
            lastUsed={lastUsed}
            now={now}
            onDelete={(model) => setPending({ kind: "one", model })}
          />
          {models.length > 1 && (
            <button type="button" className="button danger" onClick={() => setPending({ kind: "all" })}>
              {words.deleteAll}
            </button>
          )}
        </>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby="confirm-deletion-title" className="confirm-deletion">
          <h3 id="confirm-deletion-title">
            {pending.kind === "one"
              ? words.confirmOne(modelName(pending.model.modelId), formatBytes(pending.model.bytes, language))
              : words.confirmAll(models?.length ?? 0, formatBytes(totalBytes, language))}
          </h3>
          <p>{words.confirmBody}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => setPending(undefined)} autoFocus>
              {words.keep}
            </button>
            <button type="button" className="button danger" onClick={confirm}>
              {words.delete}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert">
          {error.failed === "delete" ? words.deleteFailed(error.detail) : words.listFailed(error.detail)}
        </p>
      )}
      <CustomModelList />
      <ModelSourceNote />
    </dialog>
  );
}
