/** Chat requests and results as the app sees them, independent of any engine. */
import type { DownloadNotice } from "./modelProblems";

export type ChatRole = "system" | "user" | "assistant";

export interface ChatTurn {
  role: ChatRole;
  content: string;
}

export interface ChatRequest {
  modelId: string;
  messages: ChatTurn[];
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
}

/** Speed figures web-llm reports in `usage.extra` on the last streamed chunk. */
export interface GenerationStats {
  promptTokens: number;
  /**
   * Tokens the model generated for this reply: web-llm 0.2.86's `usage.completion_tokens`, counted once
   * per sampled token (`commitSampledToken`), the first one (sampled at prefill) and a final stop token
   * included.
   */
  completionTokens: number;
  prefillTokensPerSecond: number;
  /**
   * Absent when there was nothing to measure: for a one-token reply web-llm decodes nothing after the
   * token sampled at prefill and reports 0 tokens over 0 s, i.e. NaN (`getCurRoundDecodingTokensPerSec`).
   */
  decodeTokensPerSecond?: number;
  timeToFirstTokenSeconds: number;
}

export type FinishReason = "stop" | "length" | "abort";

export interface ChatResult {
  finishReason: FinishReason;
  stats?: GenerationStats;
}

/**
 * One progress report while a model loads: first its missing files download, then it is loaded onto the
 * GPU in two steps, its weights into GPU memory and then its GPU programs (shaders), which web-llm
 * compiles and which take most of the GPU time on a slow adapter.
 */
export type LoadProgress = DownloadProgress | GpuLoadProgress;

export interface DownloadProgress {
  phase: "download";
  /** 0..1 of the download. */
  fraction: number;
  /** Bytes fetched so far and expected in total, when the engine knows them. */
  bytesDone?: number;
  bytesTotal?: number;
  /** The engine's own description of the step, for the curious. */
  text: string;
  /** What the download is waiting for, when it is not simply downloading (offline, retrying). */
  notice?: DownloadNotice;
}

export interface GpuLoadProgress {
  phase: "gpu";
  step: "weights" | "programs";
  /** 0..1 within the step. */
  fraction: number;
  text: string;
}

/** Where a load is: not started reporting yet, downloading, or one of the GPU steps. */
export type LoadStep = "starting" | "download" | GpuLoadProgress["step"];

export function loadStepOf(progress: LoadProgress | undefined): LoadStep {
  if (!progress) return "starting";
  return progress.phase === "gpu" ? progress.step : "download";
}
