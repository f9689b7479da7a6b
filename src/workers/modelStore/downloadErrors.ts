/** Why one file could not be downloaded, and whether trying again can help. */
export class DownloadError extends Error {
  override name = "DownloadError";
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export function httpStatusError(status: number, fileName: string): DownloadError {
  // Server trouble and rate limits pass; a missing or forbidden file stays missing.
  const retryable = status >= 500 || status === 408 || status === 429;
  return new DownloadError(`HTTP ${status} for ${fileName}`, retryable);
}

/** A file whose byte count is not the one announced: never stored, fetched again. */
export function incompleteFileError(fileName: string, received: number, expected: number): DownloadError {
  return new DownloadError(
    `${fileName} arrived incomplete (${received} of ${expected} bytes); it was not kept`,
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

/** A short reason for the progress notice ("The connection was lost"). */
export function retryReason(error: unknown): string {
  if (error instanceof DownloadError) return error.message;
  return "The connection to the model host was lost";
}
