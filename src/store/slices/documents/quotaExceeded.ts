/** The browser's "storage is full" (a DOMException, or its name carried by an error from elsewhere). */
export function isQuotaExceeded(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "name" in error && error.name === "QuotaExceededError"
  );
}
