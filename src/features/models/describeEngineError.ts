import type { EngineError } from "../../domain/engineError";
import type { DownloadNotice, EngineErrorReason } from "../../domain/modelProblems";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { describeModelFileProblem } from "./describeModelFileProblem";
import { describeRequestRefusal } from "../privacy/describeRequestRefusal";

/** Every engine failure in words: what happened and what the user can do. */
export function describeEngineError(t: Messages, error: EngineError): { title: string; advice: string } {
  return t.engineErrors[error.kind];
}

/** The failure's details: Sigilo's own reason in words, else the engine's or browser's message as it came. */
export function engineErrorDetails(t: Messages, error: EngineError, language: Language): string {
  return error.reason ? describeEngineErrorReason(t, error.reason, language) : error.message;
}

export function describeEngineErrorReason(
  t: Messages,
  reason: EngineErrorReason,
  language: Language,
): string {
  const words = t.engineErrorReasons;
  switch (reason.code) {
    case "http-status":
      return words.httpStatus(reason.file, reason.status);
    case "incomplete-file":
      return words.incompleteFile(reason.file, reason.receivedBytes, reason.expectedBytes);
    case "redirect-refused":
    case "destination-refused":
      return describeRequestRefusal(t, reason);
    case "stored-file-missing":
      return words.storedFileMissing(reason.file);
    case "stored-file-unreadable":
      return words.storedFileUnreadable(reason.file, reason.detail);
    case "stored-file-wrong-type":
      return words.storedFileWrongType(reason.file);
    case "stored-file-unparseable":
      return words.storedFileUnparseable(
        reason.file,
        reason.problem ? describeModelFileProblem(t, reason.problem, language) : reason.detail,
      );
    case "stored-file-wrong-size":
      return reason.expectedBytes === undefined
        ? words.storedFileWrongSize(reason.file, reason.bytes)
        : words.storedFileWrongSizeExpected(reason.file, reason.bytes, reason.expectedBytes);
    case "imported-files-missing":
      return words.importedFilesMissing(reason.filesStored, reason.filesTotal);
    case "load-cancelled":
      return words.loadCancelled;
    case "engine-shut-down":
      return words.engineShutDown;
    case "unknown-model":
      return words.unknownModel(reason.modelId);
    case "worker-stopped":
      return words.workerStopped;
    case "stored-model-gone":
      return reason.partly ? words.storedModelGonePartly : words.storedModelGone;
    case "load-stalled":
      return words.loadStalled(reason.seconds, words.loadSteps[reason.step]);
    case "worker-unresponsive":
      return words.workerUnresponsive(reason.seconds);
    default:
      return describeModelFileProblem(t, reason, language);
  }
}

/** What a download waits for, e.g. "HTTP 503 for params_shard_3.bin. Retrying in 2 s (attempt 2 of 5); …". */
export function describeDownloadNotice(t: Messages, notice: DownloadNotice, language: Language): string {
  const kept = t.downloadNotice.filesKept(notice.filesKept);
  if (notice.code === "offline") return t.downloadNotice.offline(kept);
  const cause = notice.cause
    ? describeEngineErrorReason(t, notice.cause, language)
    : t.downloadNotice.connectionLost;
  return t.downloadNotice.retrying(cause, notice.delaySeconds, notice.attempt, notice.attempts, kept);
}
