/**
 * Engine failures, named so the UI can explain each one in words. They are classified where they
 * happen, inside the worker: Sigilo's own errors by their reason, web-llm's by their class name (the
 * web-llm adapter, src/workers/webllm/webLlmErrors.ts, turns them into ClassifiedError), the browser's
 * by their DOMException name; only what none of these names is matched on well-known phrases.
 */
import { ReasonedError, type EngineErrorReason, type StoredFileProblem } from "./modelProblems";

export type EngineErrorKind =
  | "webgpu-unavailable"
  | "shader-f16-missing"
  /** The model needs a GPU feature other than shader-f16 that this browser does not offer. */
  | "gpu-feature-missing"
  | "download-failed"
  /** A model host pointed the download at a host the app may not contact (a redirect), so it stopped. */
  | "request-refused"
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
  /** The model's files break the MLC folder rules or Sigilo's limits: no retry can help. */
  | "model-files-invalid"
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

/** An error already classified where it was raised (by its class name, in the worker), with its original words. */
export class ClassifiedError extends Error {
  override name = "ClassifiedError";
  constructor(
    readonly kind: EngineErrorKind,
    cause: unknown,
  ) {
    super(errorMessage(cause));
  }
}

/** The browser's own error names (DOMException), as they are named in every browser. */
const BROWSER_ERROR_KINDS: Readonly<Record<string, EngineErrorKind>> = {
  QuotaExceededError: "quota-exceeded",
  AbortError: "cancelled",
};

/** Phrases, for errors no name classifies: a plain Error from web-llm or the browser, or a message alone. */
const PHRASES: ReadonlyArray<[EngineErrorKind, RegExp]> = [
  ["quota-exceeded", /quota|no space|disk.*full/i],
  ["device-lost", /device (was )?lost|device is lost/i],
  // The feature's own name only: a model id ("…q4f16_1…") or a tensor format ("f32-to-bf16") is no missing feature.
  ["shader-f16-missing", /shader-f16/i],
  ["webgpu-unavailable", /WebGPU|navigator\.gpu|No ?(GPU )?adapter|compatible GPU/i],
  ["context-window-exceeded", /context window/i],
  ["out-of-memory", /out of memory|allocation failed|maxBufferSize|maxStorageBufferBindingSize/i],
  ["download-failed", /Failed to fetch|NetworkError|network|fetch|HTTP|status code|404|403|50\d/i],
  ["cancelled", /aborted|cancel/i],
];

export function classifyEngineError(error: unknown): EngineError {
  if (error instanceof ClassifiedError) return { kind: error.kind, message: error.message };
  const message = errorMessage(error);
  if (error instanceof NotEnoughStorageError) {
    return { kind: "quota-exceeded", message, storage: error.shortfall };
  }
  if (error instanceof ReasonedError) {
    return { kind: kindOfReason(error.reason), message, reason: error.reason };
  }
  const named = errorName(error);
  if (named !== undefined && Object.hasOwn(BROWSER_ERROR_KINDS, named)) {
    return { kind: BROWSER_ERROR_KINDS[named]!, message };
  }
  // URLs in messages name models and libraries ("...q4f16_1-MLC-webgpu.wasm") and would match the phrases.
  const withoutUrls = message.replace(/\bhttps?:\/\/\S+/g, "<url>");
  const match = PHRASES.find(([, pattern]) => pattern.test(withoutUrls));
  return { kind: match ? match[0] : "unknown", message };
}

/** The error's name: an Error's own, or the "Name:" a message that crossed as text starts with. */
function errorName(error: unknown): string | undefined {
  if (error instanceof Error || error instanceof DOMException) return error.name;
  if (typeof error === "string") return /^(?:Uncaught )?(\w+):/.exec(error)?.[1];
  return undefined;
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
    case "redirect-refused":
    case "destination-refused":
      return "request-refused";
    case "stored-file-missing":
    case "stored-file-unreadable":
    case "stored-file-wrong-type":
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
    case "not-json":
    case "not-json-object":
    case "missing-field":
    case "no-known-tokenizer":
    case "no-shard-records":
    case "record-without-path":
    case "record-without-size":
    case "unsupported-shard-format":
    case "shard-path-outside-folder":
    case "shard-listed-twice":
    case "too-many-shards":
    case "shard-too-large":
    case "file-too-large":
      return "model-files-invalid";
    case "unknown-model":
    case "worker-stopped":
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
