import type { EngineErrorKind } from "../../domain/engineError";
import { useLanguage, useT } from "../../i18n/useT";
import { useModelName } from "./modelName";
import { useAppStore } from "../../store/useAppStore";
import { selectModelLoad } from "../../store/slices/models/selectors";
import { describeEngineError, engineErrorDetails } from "./describeEngineError";
import { ModelLoadProgress } from "./ModelLoadProgress";
import { StorageShortfallAdvice } from "./StorageShortfallAdvice";

/** A model's load in progress (see ModelLoadProgress), or its failure in words with a way out. */
export function ModelLoadPanel() {
  const t = useT();
  const language = useLanguage();
  const modelLoad = useAppStore(selectModelLoad);
  const loadModel = useAppStore((state) => state.loadModel);
  const redownloadModel = useAppStore((state) => state.redownloadModel);
  const removeCustomModel = useAppStore((state) => state.removeCustomModel);
  const setPickerOpen = useAppStore((state) => state.setModelPickerOpen);
  const modelName = useModelName();
  if (modelLoad.status !== "loading" && modelLoad.status !== "failed") return null;
  const name = modelName(modelLoad.modelId);

  if (modelLoad.status === "failed") {
    const { title, advice } = describeEngineError(t, modelLoad.error);
    return (
      <section className="model-load model-load-failed" role="alert" aria-label={t.modelLoad.region}>
        <h2>{t.modelLoad.failedTitle(title, name)}</h2>
        {modelLoad.error.storage ? (
          <StorageShortfallAdvice modelId={modelLoad.modelId} shortfall={modelLoad.error.storage} />
        ) : (
          <p>{advice}</p>
        )}
        <div className="actions">
          <RetryButton
            kind={modelLoad.error.kind}
            onRetry={() => loadModel(modelLoad.modelId)}
            onRedownload={() => redownloadModel(modelLoad.modelId)}
            onRemove={() => void removeCustomModel(modelLoad.modelId)}
          />
          <button type="button" className="button" onClick={() => setPickerOpen(true)}>
            {t.modelLoad.chooseAnother}
          </button>
        </div>
        <details>
          <summary>{t.modelLoad.technicalDetails}</summary>
          <code>{engineErrorDetails(t, modelLoad.error, language)}</code>
        </details>
      </section>
    );
  }

  return <ModelLoadProgress load={modelLoad} />;
}

/**
 * Missing files are downloaded again as they are; damaged ones are deleted first. An imported model has
 * nowhere to be downloaded from: the way back is to remove it and import its folder again.
 */
function RetryButton({
  kind,
  onRetry,
  onRedownload,
  onRemove,
}: {
  kind: EngineErrorKind;
  onRetry: () => void;
  onRedownload: () => void;
  onRemove: () => void;
}) {
  const t = useT();
  const [label, action] =
    kind === "stored-model-corrupt"
      ? [t.modelLoad.deleteAndDownloadAgain, onRedownload]
      : kind === "stored-model-missing"
        ? [t.modelLoad.downloadAgain, onRetry]
        : kind === "imported-model-incomplete"
          ? [t.modelLoad.removeImported, onRemove]
          : [t.modelLoad.retry, onRetry];
  return (
    <button type="button" className="button primary" onClick={action}>
      {label}
    </button>
  );
}
