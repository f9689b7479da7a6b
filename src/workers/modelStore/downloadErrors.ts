import { ReasonedError, type DownloadFailure } from "../../domain/modelProblems";

/** Why one file could not be downloaded, and whether trying again can help. */
export class DownloadError extends ReasonedError<DownloadFailure> {
  override name = "DownloadError";
  constructor(
    reason: DownloadFailure,
    readonly retryable: boolean,
  ) {
    super(reason);
  }
}

export function httpStatusError(status: number, fileName: string): DownloadError {
  // Server trouble and rate limits pass; a missing or forbidden file stays missing.
  const retryable = status >= 500 || status === 408 || status === 429;
  return new DownloadError({ code: "http-status", file: fileName, status }, retryable);
}

/** A file whose byte count is not the one announced: never stored, fetched again. */
export function incompleteFileError(fileName: string, received: number, expected: number): DownloadError {
  return new DownloadError(
    { code: "incomplete-file", file: fileName, receivedBytes: received, expectedBytes: expected },
    true,
  );
}

/** Network failures reject fetch (or a body read) with a TypeError; those are worth retrying. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof DownloadError) return error.retryable;
  return error instanceof TypeError;
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === "QuotaExceededError";
}

/** Why a retry is needed, for the progress notice; undefined when the connection was lost. */
export function retryReason(error: unknown): DownloadFailure | undefined {
  return error instanceof DownloadError ? error.reason : undefined;
}
