import type { InitProgressReport } from "@mlc-ai/web-llm";
import type { LoadProgress } from "../../domain/generation";

const MIB = 1024 * 1024;
/**
 * After the download, web-llm reports two runs of 0→1 for the GPU: uploading the weights, then
 * compiling shaders. They are joined into one "gpu" phase so the bar never jumps back; weights
 * take most of the time.
 */
const WEIGHTS_SHARE_OF_GPU_PHASE = 0.8;

/**
 * Maps one web-llm `initProgressCallback` report to Sigilo's LoadProgress. The phase is only
 * known from the report's text (web-llm 0.2.86 `fetchTensorCacheInternal` and
 * `asyncLoadWebGPUPipelines`); byte counts exist only in that text, in whole MiB.
 */
export function toLoadProgress({ progress, text }: InitProgressReport): LoadProgress {
  if (text.startsWith("Loading model from cache")) {
    return { phase: "gpu", fraction: progress * WEIGHTS_SHARE_OF_GPU_PHASE, text };
  }
  if (text.startsWith("Loading GPU shader modules")) {
    return {
      phase: "gpu",
      fraction: WEIGHTS_SHARE_OF_GPU_PHASE + progress * (1 - WEIGHTS_SHARE_OF_GPU_PHASE),
      text,
    };
  }
  if (text.startsWith("Finish loading")) return { phase: "gpu", fraction: 1, text };
  // "Start to fetch params", "Fetching param cache[3/20]: 120MB fetched. ..." and anything unforeseen.
  return { phase: "download", fraction: progress, ...downloadedBytes(progress, text), text };
}

function downloadedBytes(progress: number, text: string): Pick<LoadProgress, "bytesDone" | "bytesTotal"> {
  const megabytes = /(\d+)MB fetched/.exec(text)?.[1];
  if (megabytes === undefined) return {};
  const bytesDone = Number(megabytes) * MIB;
  if (progress <= 0) return { bytesDone };
  return { bytesDone, bytesTotal: Math.round(bytesDone / progress) };
}
