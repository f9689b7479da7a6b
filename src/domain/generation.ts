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
  completionTokens: number;
  prefillTokensPerSecond: number;
  decodeTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
}

export type FinishReason = "stop" | "length" | "abort";

export interface ChatResult {
  finishReason: FinishReason;
  stats?: GenerationStats;
}

/** One progress report while a model loads: first its files download, then it is uploaded to the GPU. */
export interface LoadProgress {
  phase: "download" | "gpu";
  /** 0..1 within the phase. */
  fraction: number;
  /** Bytes fetched so far and expected in total, when the engine knows them (download phase). */
  bytesDone?: number;
  bytesTotal?: number;
  /** The engine's own description of the step, for the curious. */
  text: string;
  /** What the download is waiting for, when it is not simply downloading (offline, retrying). */
  notice?: DownloadNotice;
}
