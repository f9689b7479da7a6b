import { bytesPerSecond, secondsLeft } from "../../domain/downloadRate";
import type { EngineErrorKind } from "../../domain/engineError";
import { formatBytes, formatDuration } from "../../lib/format";
import { useModelName } from "./modelName";
import { useAppStore } from "../../store/useAppStore";
import { selectModelLoad } from "../../store/slices/models/selectors";
import { describeEngineError } from "./describeEngineError";
import { StorageShortfallAdvice } from "./StorageShortfallAdvice";

/** Download and GPU-load progress with Cancel, or the failure in words with Retry. */
export function ModelLoadPanel() {
  const modelLoad = useAppStore(selectModelLoad);
  const cancel = useAppStore((state) => state.cancelModelLoad);
  const loadModel = useAppStore((state) => state.loadModel);
  const redownloadModel = useAppStore((state) => state.redownloadModel);
  const setPickerOpen = useAppStore((state) => state.setModelPickerOpen);
  const modelName = useModelName();
  if (modelLoad.status !== "loading" && modelLoad.status !== "failed") return null;
  const name = modelName(modelLoad.modelId);

  if (modelLoad.status === "failed") {
    const { title, advice } = describeEngineError(modelLoad.error);
    return (
      <section className="model-load model-load-failed" role="alert" aria-label="Model download">
        <h2>
          {title}: {name}
        </h2>
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
          />
          <button type="button" className="button" onClick={() => setPickerOpen(true)}>
            Choose another model
          </button>
        </div>
        <details>
          <summary>Technical details</summary>
          <code>{modelLoad.error.message}</code>
        </details>
      </section>
    );
  }

  const { progress, samples } = modelLoad;
  const downloading = progress?.phase !== "gpu";
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  const heading = downloading ? `Downloading ${name}` : `Loading ${name} into GPU memory`;
  return (
    <section className="model-load" aria-label="Model download">
      <h2>{heading}</h2>
      <progress max={100} value={percent} aria-label={heading} />
      <p className="model-load-figures" aria-live="polite">
        {percent}%
        {downloading && progress
          ? ` · ${downloadFigures(progress.bytesDone, progress.bytesTotal, bytesPerSecond(samples))}`
          : ""}
      </p>
      {progress?.notice && (
        <p className="model-load-notice" role="status">
          {progress.notice}
        </p>
      )}
      <button type="button" className="button" onClick={cancel}>
        Cancel download
      </button>
    </section>
  );
}

/** Missing files are downloaded again as they are; damaged ones are deleted first. */
function RetryButton({
  kind,
  onRetry,
  onRedownload,
}: {
  kind: EngineErrorKind;
  onRetry: () => void;
  onRedownload: () => void;
}) {
  const [label, action] =
    kind === "stored-model-corrupt"
      ? ["Delete and download again", onRedownload]
      : kind === "stored-model-missing"
        ? ["Download again", onRetry]
        : ["Retry", onRetry];
  return (
    <button type="button" className="button primary" onClick={action}>
      {label}
    </button>
  );
}

function downloadFigures(
  done: number | undefined,
  total: number | undefined,
  rate: number | undefined,
): string {
  if (done === undefined || !total) return "Starting…";
  const parts = [`${formatBytes(done)} of ${formatBytes(total)}`];
  if (rate) parts.push(`${formatBytes(rate)}/s`);
  const left = secondsLeft(done, total, rate);
  if (left !== undefined) parts.push(`${formatDuration(left)} left`);
  return parts.join(" · ");
}
