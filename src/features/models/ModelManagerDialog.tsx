import { useState } from "react";
import { bytesFreedByDeleting, libraryKeptFor, type StoredModelInfo } from "../../domain/storedModel";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import {
  selectModelStorageError,
  selectModelsLastUsed,
  selectStoredBytes,
  selectStoredModels,
  selectUnclaimedFiles,
} from "../../store/slices/modelStorage/selectors";
import { useModelName } from "./modelName";
import { ModelSourceNote } from "./ModelSourceNote";
import { CustomModelList } from "./CustomModelList";
import { HuggingFaceSearch } from "./HuggingFaceSearch";
import { OtherStoredFiles } from "./OtherStoredFiles";
import { StorageSummary } from "./StorageSummary";
import { StoredModelList } from "./StoredModelList";
import { ModalDialog } from "../../app/ModalDialog";

type PendingDeletion = { kind: "one"; model: StoredModelInfo } | { kind: "all" } | { kind: "other" };

/** The model manager: what is stored, how big, deleting it, and the browser's storage. */
export function ModelManagerDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const words = t.modelManager;
  const models = useAppStore(selectStoredModels);
  const totalBytes = useAppStore(selectStoredBytes);
  const lastUsed = useAppStore(selectModelsLastUsed);
  const error = useAppStore(selectModelStorageError);
  const deleteOne = useAppStore((state) => state.deleteStoredModel);
  const deleteAll = useAppStore((state) => state.deleteAllStoredModels);
  const deleteOther = useAppStore((state) => state.deleteUnclaimedFiles);
  const [pending, setPending] = useState<PendingDeletion>();
  const [now] = useState(() => Date.now());

  const confirm = () => {
    if (pending?.kind === "one") void deleteOne(pending.model.modelId);
    if (pending?.kind === "all") void deleteAll();
    if (pending?.kind === "other") void deleteOther();
    setPending(undefined);
  };

  return (
    <ModalDialog className="dialog model-manager" aria-labelledby="model-manager-title" onClose={onClose}>
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
          <OtherStoredFiles onDelete={() => setPending({ kind: "other" })} />
          {models.length > 1 && (
            <button type="button" className="button danger" onClick={() => setPending({ kind: "all" })}>
              {words.deleteAll}
            </button>
          )}
        </>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby="confirm-deletion-title" className="confirm-deletion">
          <ConfirmationText pending={pending} models={models ?? []} totalBytes={totalBytes} />
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
          {error.failed === "delete" && words.deleteFailed(error.detail)}
          {error.failed === "delete-unclaimed" && t.otherStoredFiles.deleteFailed(error.detail)}
          {error.failed === "list" && words.listFailed(error.detail)}
        </p>
      )}
      <CustomModelList />
      <HuggingFaceSearch />
      <ModelSourceNote />
    </ModalDialog>
  );
}

/** What the pending deletion removes, and what it keeps (a library another model still uses). */
function ConfirmationText({
  pending,
  models,
  totalBytes,
}: {
  pending: PendingDeletion;
  models: readonly StoredModelInfo[];
  totalBytes: number;
}) {
  const t = useT();
  const language = useLanguage();
  const modelName = useModelName();
  const unclaimed = useAppStore(selectUnclaimedFiles);
  const words = t.modelManager;
  const bytes = (value: number) => formatBytes(value, language);
  if (pending.kind === "other") {
    const { files, bytes: otherBytes } = unclaimed ?? { files: 0, bytes: 0 };
    return (
      <>
        <h3 id="confirm-deletion-title">{t.otherStoredFiles.confirm(files, bytes(otherBytes))}</h3>
        <p>{t.otherStoredFiles.confirmBody}</p>
      </>
    );
  }
  if (pending.kind === "all") {
    return (
      <>
        <h3 id="confirm-deletion-title">{words.confirmAll(models.length, bytes(totalBytes))}</h3>
        <p>{words.confirmBody}</p>
      </>
    );
  }
  const { model } = pending;
  const keptFor = libraryKeptFor(model, models).map(modelName);
  const names = new Intl.ListFormat(language, { type: "conjunction" }).format(keptFor);
  return (
    <>
      <h3 id="confirm-deletion-title">
        {words.confirmOne(modelName(model.modelId), bytes(bytesFreedByDeleting(model, models)))}
      </h3>
      <p>{words.confirmBody}</p>
      {keptFor.length > 0 && <p>{words.libraryKept(names, keptFor.length)}</p>}
    </>
  );
}
