import { bytesPerSecond, secondsLeft } from "../../domain/downloadRate";
import type { DownloadProgress } from "../../domain/generation";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes, formatDuration, formatElapsed } from "../../lib/format";
import { isDownloading, shownStep, type LoadingModel } from "../../store/slices/models/loadState";
import { useAppStore } from "../../store/useAppStore";
import { describeDownloadNotice } from "./describeEngineError";
import { useModelName } from "./modelName";
import { useSecondsSince } from "./useSecondsSince";

/**
 * A load as it really is: the download (bytes, speed, time left; Cancel download keeps whole files), then
 * the model's weights into GPU memory, then its GPU programs being prepared (with the time spent, since it
 * can take most of a minute on a slow GPU). The GPU steps cannot be paused, only stopped.
 */
export function ModelLoadProgress({ load }: { load: LoadingModel }) {
  const t = useT();
  const language = useLanguage();
  const cancel = useAppStore((state) => state.cancelModelLoad);
  const name = useModelName()(load.modelId);
  const step = shownStep(load);
  const heading =
    step === "starting" || step === "download"
      ? t.modelLoad.downloading(name)
      : step === "weights"
        ? t.modelLoad.loadingIntoGpu(name)
        : t.modelLoad.preparingPrograms(name);
  const percent = Math.round((load.progress?.fraction ?? 0) * 100);
  const download = load.progress?.phase === "download" ? load.progress : undefined;
  return (
    <section className="model-load" aria-label={t.modelLoad.region}>
      <h2>{heading}</h2>
      <progress max={100} value={percent} aria-label={heading} />
      <p className="model-load-figures" aria-live="polite">
        {step === "programs" ? (
          <ProgramsFigures percent={percent} since={load.stepStartedAt} />
        ) : step === "weights" ? (
          `${percent}%`
        ) : (
          <DownloadFigures percent={percent} progress={download} load={load} />
        )}
      </p>
      {download?.notice && (
        <p className="model-load-notice" role="status">
          {describeDownloadNotice(t, download.notice, language)}
        </p>
      )}
      {step === "programs" && <p className="hint">{t.modelLoad.programsHint}</p>}
      <button type="button" className="button" onClick={cancel}>
        {isDownloading(load) ? t.modelLoad.cancel : t.modelLoad.stopLoading}
      </button>
    </section>
  );
}

function ProgramsFigures({ percent, since }: { percent: number; since: number }) {
  const t = useT();
  const seconds = useSecondsSince(since);
  return `${percent}% · ${t.modelLoad.elapsed(formatElapsed(seconds))}`;
}

function DownloadFigures({
  percent,
  progress,
  load,
}: {
  percent: number;
  progress: DownloadProgress | undefined;
  load: LoadingModel;
}) {
  const t = useT();
  const language = useLanguage();
  const rate = bytesPerSecond(load.samples);
  return `${percent}% · ${downloadFigures(t, language, progress?.bytesDone, progress?.bytesTotal, rate)}`;
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
