/**
 * Engine failures, named so the UI can explain each one in words. Errors cross the worker
 * boundary as strings such as "DeviceLostError: ...", so classification matches on names
 * and well-known phrases.
 */
import { ReasonedError, type EngineErrorReason, type StoredFileProblem } from "./modelProblems";

export type EngineErrorKind =
  | "webgpu-unavailable"
  | "shader-f16-missing"
  | "download-failed"
  | "quota-exceeded"
  | "device-lost"
  | "out-of-memory"
  | "context-window-exceeded"
  | "cancelled"
  | "stored-model-missing"
  | "stored-model-corrupt"
  /** A model imported from files lost some of them: it cannot be downloaded, only imported again. */
  | "imported-model-incomplete"
  /** The engine stopped responding (a load with no progress, a worker that answers nothing) and was ended. */
  | "timed-out"
  | "unknown";

export interface EngineError {
  kind: EngineErrorKind;
  /** The original message, kept for the "details" disclosure when there is no `reason`. */
  message: string;
  /** Why, as data, when Sigilo's own code failed (not web-llm or the browser); shown in words in the details. */
  reason?: EngineErrorReason;
  /** For "quota-exceeded" when the figures are known: what the download still needs and what is free. */
  storage?: StorageShortfall;
}

export interface StorageShortfall {
  neededBytes: number;
  freeBytes: number;
}

/** The model's remaining files do not fit in the storage the browser grants this site. */
export class NotEnoughStorageError extends Error {
  override name = "QuotaExceededError";
  constructor(readonly shortfall: StorageShortfall) {
    super(
      `The model needs ${shortfall.neededBytes} more bytes of storage; ${shortfall.freeBytes} bytes are free.`,
    );
  }
}

/** A stored model file is unreadable or not the size its manifest names: it must be fetched again. */
export class StoredModelCorruptError extends ReasonedError<StoredFileProblem> {
  override name = "StoredModelCorruptError";
}

const PATTERNS: ReadonlyArray<[EngineErrorKind, RegExp]> = [
  // First: its message names file sizes and formats that other patterns would claim.
  ["stored-model-corrupt", /StoredModelCorrupt/],
  ["quota-exceeded", /QuotaExceeded|quota|no space|disk.*full/i],
  ["device-lost", /DeviceLost|device (was )?lost|device is lost/i],
  ["shader-f16-missing", /shader-f16|FeatureNotFound|f16/i],
  ["webgpu-unavailable", /WebGPU|navigator\.gpu|No ?(GPU )?adapter/i],
  ["context-window-exceeded", /ContextWindowSizeExceeded|context window/i],
  ["out-of-memory", /out of memory|OutOfMemory|allocation failed|maxBufferSize|maxStorageBufferBindingSize/i],
  ["download-failed", /Failed to fetch|NetworkError|network|fetch|HTTP|status code|404|403|50\d/i],
  ["cancelled", /AbortError|aborted|cancel/i],
];

export function classifyEngineError(error: unknown): EngineError {
  const message = errorMessage(error);
  if (error instanceof NotEnoughStorageError) {
    return { kind: "quota-exceeded", message, storage: error.shortfall };
  }
  if (error instanceof ReasonedError) {
    return { kind: kindOfReason(error.reason), message, reason: error.reason };
  }
  // URLs in messages name models and libraries ("...q4f16_1-MLC-webgpu.wasm") and would match the patterns.
  const withoutUrls = message.replace(/\bhttps?:\/\/\S+/g, "<url>");
  const match = PATTERNS.find(([, pattern]) => pattern.test(withoutUrls));
  return { kind: match ? match[0] : "unknown", message };
}

/** An EngineError for a failure Sigilo names itself, e.g. `{ code: "load-cancelled" }`. */
export function engineErrorFor(reason: EngineErrorReason): EngineError {
  return classifyEngineError(new ReasonedError(reason));
}

function kindOfReason(reason: EngineErrorReason): EngineErrorKind {
  switch (reason.code) {
    case "http-status":
    case "incomplete-file":
      return "download-failed";
    case "stored-file-missing":
    case "stored-file-unreadable":
    case "stored-file-not-bytes":
    case "stored-file-unparseable":
    case "stored-file-wrong-size":
      return "stored-model-corrupt";
    case "imported-files-missing":
      return "imported-model-incomplete";
    case "stored-model-gone":
      return "stored-model-missing";
    case "load-cancelled":
    case "engine-shut-down":
      return "cancelled";
    case "load-stalled":
    case "worker-unresponsive":
      return "timed-out";
    default:
      return "unknown";
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
