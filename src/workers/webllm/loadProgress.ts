/**
 * The one place web-llm's progress reports are understood. web-llm 0.2.86 tells what it is doing only in
 * the text of its `initProgressCallback` reports (node_modules/@mlc-ai/web-llm/lib/index.js):
 *
 * - `Instance.fetchTensorCacheInternal` (tvmjs): first "Start to fetch params" at progress 0, always, even
 *   when every shard is cached; then, only for shards missing from its cache, "Fetching param cache[i/n]:
 *   XMB fetched. P% completed, T secs elapsed. It can take a while…"; then, shard by shard as it uploads
 *   them to the GPU, "Loading model from cache[i/n]: XMB loaded. P% completed, T secs elapsed.", its
 *   progress counting the shards' bytes again from 0.
 * - `Instance.asyncLoadWebGPUPipelines` (tvmjs): "Loading GPU shader modules[k/N]: P% completed, T secs
 *   elapsed." as shaders finish compiling, at most once a second and once at the end, progress k/N. It
 *   begins right after the last shard is uploaded; on a slow adapter it takes most of the GPU time.
 * - `MLCEngine.reloadInternal`: "Finish loading on WebGPU - <adapter description or vendor>" at progress 1.
 *
 * Sigilo's downloader stores every file before web-llm starts, so "Start to fetch params" is the start of
 * the GPU upload, not a download.
 */
import type { InitProgressReport } from "@mlc-ai/web-llm";
import type { DownloadProgress, GpuLoadProgress, LoadProgress } from "../../domain/generation";

const MIB = 1024 * 1024;

/** What Sigilo reports itself when its download is done and web-llm begins (it says nothing for a few seconds). */
export const GPU_LOAD_STARTED: GpuLoadProgress = { phase: "gpu", step: "weights", fraction: 0, text: "" };

/** One web-llm report as Sigilo's LoadProgress; undefined for a text web-llm 0.2.86 does not write. */
export function toLoadProgress({ progress, text }: InitProgressReport): LoadProgress | undefined {
  if (text.startsWith("Start to fetch params")) return { ...GPU_LOAD_STARTED, text };
  if (text.startsWith("Loading model from cache")) {
    // After its last shard web-llm compiles the GPU programs, reporting nothing for a second or more.
    return isLastStep(text) ? gpu("programs", 0, text) : gpu("weights", progress, text);
  }
  if (text.startsWith("Loading GPU shader modules")) return gpu("programs", progress, text);
  if (text.startsWith("Finish loading")) return gpu("programs", 1, text);
  // Only if a shard went missing after Sigilo's download: web-llm then fetches it itself.
  if (text.startsWith("Fetching param cache")) {
    return { phase: "download", fraction: progress, ...fetchedBytes(progress, text), text };
  }
  return undefined;
}

/** "…[i/n]…" with i = n. */
function isLastStep(text: string): boolean {
  const [, done, total] = /\[(\d+)\/(\d+)\]/.exec(text) ?? [];
  return done !== undefined && done === total;
}

function gpu(step: GpuLoadProgress["step"], fraction: number, text: string): GpuLoadProgress {
  return { phase: "gpu", step, fraction, text };
}

/** Byte counts exist only in the text, in whole MiB (rounded up). */
function fetchedBytes(progress: number, text: string): Pick<DownloadProgress, "bytesDone" | "bytesTotal"> {
  const megabytes = /(\d+)MB fetched/.exec(text)?.[1];
  if (megabytes === undefined) return {};
  const bytesDone = Number(megabytes) * MIB;
  if (progress <= 0) return { bytesDone };
  return { bytesDone, bytesTotal: Math.round(bytesDone / progress) };
}
