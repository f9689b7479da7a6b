import type { RequestRefusal } from "./networkRequest";

/**
 * Why a model's files could not be downloaded, read or used, as data: the UI puts each reason into
 * words in the current language. Thrown by the downloader and the stored-model check inside the
 * worker, they cross to the page in `EngineError.reason` (plain data, so structured clone keeps them).
 */
import type { LoadStep } from "./generation";

/**
 * A model file that is not what MLC produces, or larger than Sigilo will read (see mlcModelFolder.ts):
 * the same reasons whether the files come from a download, an import or the add-a-model check.
 */
export type ModelFileProblem =
  | { code: "not-json"; file: string }
  | { code: "not-json-object"; file: string }
  /** A field the model needs is missing or has the wrong type ("context_window_size", "tokenizer_files"…). */
  | { code: "missing-field"; file: string; field: string }
  | { code: "no-known-tokenizer"; file: string }
  | { code: "no-shard-records"; file: string }
  | { code: "record-without-path"; file: string; index: number }
  | { code: "record-without-size"; file: string; index: number }
  | { code: "unsupported-shard-format"; file: string; format: string }
  /** A shard path that would lead out of the model's folder ("../other/x.bin", "https://elsewhere/x.bin"). */
  | { code: "shard-path-outside-folder"; file: string; path: string }
  | { code: "shard-listed-twice"; file: string; path: string }
  | { code: "too-many-shards"; file: string; count: number; limit: number }
  | { code: "shard-too-large"; file: string; shard: string; bytes: number; limitBytes: number }
  /** `bytes` when the size was announced (Content-Length, a chosen file's size); else reading stopped past the limit. */
  | { code: "file-too-large"; file: string; limitBytes: number; bytes?: number };

/** A file the model host would not give, or gave only in part. */
export type DownloadFailure =
  | { code: "http-status"; file: string; status: number }
  | { code: "incomplete-file"; file: string; receivedBytes: number; expectedBytes: number };

/** A stored file that cannot be what web-llm loads. */
export type StoredFileProblem =
  | { code: "stored-file-missing"; file: string }
  | { code: "stored-file-unreadable"; file: string; detail: string }
  /** Not the record type web-llm reads for this file (bytes, or parsed JSON for tensor-cache.json). */
  | { code: "stored-file-wrong-type"; file: string }
  | { code: "stored-file-unparseable"; file: string; problem: ModelFileProblem | undefined; detail: string }
  | { code: "stored-file-wrong-size"; file: string; bytes: number; expectedBytes: number | undefined }
  /** A model imported from files lost some of them: it can only be imported again, not downloaded. */
  | { code: "imported-files-missing"; filesStored: number; filesTotal: number | undefined };

/** Every structured reason an engine failure may carry. */
export type EngineErrorReason =
  | ModelFileProblem
  | DownloadFailure
  | RequestRefusal
  | StoredFileProblem
  | { code: "load-cancelled" }
  | { code: "engine-shut-down" }
  | { code: "unknown-model"; modelId: string }
  | { code: "worker-stopped" }
  /** The last model used has lost some (`partly`) or all of its files since it was loaded. */
  | { code: "stored-model-gone"; partly: boolean }
  /** A load reported nothing for `seconds` at `step` (web-llm or the browser hung); its worker was ended. */
  | { code: "load-stalled"; seconds: number; step: LoadStep }
  /** A worker with work in flight answered nothing, not even a ping or a cancel, for `seconds`; it was ended. */
  | { code: "worker-unresponsive"; seconds: number };

/** An error that says why in data; its message is for logs only, the UI words the reason. */
export class ReasonedError<Reason extends EngineErrorReason = EngineErrorReason> extends Error {
  constructor(readonly reason: Reason) {
    const { code, ...data } = reason;
    super(Object.keys(data).length > 0 ? `${code} ${JSON.stringify(data)}` : code);
  }
}

/** What a download is waiting for, when it is not simply downloading. */
export type DownloadNotice =
  /** `filesKept`: files already stored, which survive however long the wait. */
  | { code: "offline"; filesKept: number }
  | {
      code: "retrying";
      /** Undefined when the connection was lost. */
      cause: DownloadFailure | undefined;
      delaySeconds: number;
      /** The attempt about to be made, counting the first. */
      attempt: number;
      attempts: number;
      filesKept: number;
    };
