import { bytesPerSecond, secondsLeft } from "../../domain/downloadRate";
import type { EngineErrorKind } from "../../domain/engineError";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes, formatDuration } from "../../lib/format";
import { useModelName } from "./modelName";
import { useAppStore } from "../../store/useAppStore";
import { selectModelLoad } from "../../store/slices/models/selectors";
import { describeDownloadNotice, describeEngineError, engineErrorDetails } from "./describeEngineError";
import { StorageShortfallAdvice } from "./StorageShortfallAdvice";

/** Download and GPU-load progress with Cancel, or the failure in words with Retry. */
export function ModelLoadPanel() {
  const t = useT();
  const language = useLanguage();
  const modelLoad = useAppStore(selectModelLoad);
  const cancel = useAppStore((state) => state.cancelModelLoad);
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

  const { progress, samples } = modelLoad;
  const downloading = progress?.phase !== "gpu";
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  const heading = downloading ? t.modelLoad.downloading(name) : t.modelLoad.loadingIntoGpu(name);
  return (
    <section className="model-load" aria-label={t.modelLoad.region}>
      <h2>{heading}</h2>
      <progress max={100} value={percent} aria-label={heading} />
      <p className="model-load-figures" aria-live="polite">
        {percent}%
        {downloading && progress
          ? ` · ${downloadFigures(t, language, progress.bytesDone, progress.bytesTotal, bytesPerSecond(samples))}`
          : ""}
      </p>
      {progress?.notice && (
        <p className="model-load-notice" role="status">
          {describeDownloadNotice(t, progress.notice, language)}
        </p>
      )}
      <button type="button" className="button" onClick={cancel}>
        {t.modelLoad.cancel}
      </button>
    </section>
  );
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

function downloadFigures(
  t: Messages,
  language: Language,
  done: number | undefined,
  total: number | undefined,
  rate: number | undefined,
): string {
  if (done === undefined || !total) return t.modelLoad.starting;
  const parts = [t.modelLoad.bytesOf(formatBytes(done, language), formatBytes(total, language))];
  if (rate) parts.push(t.modelLoad.rate(formatBytes(rate, language)));
  const left = secondsLeft(done, total, rate);
  if (left !== undefined) parts.push(t.modelLoad.timeLeft(formatDuration(left)));
  return parts.join(" · ");
}
