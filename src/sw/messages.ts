/** What workbox-window's `messageSkipWaiting()` posts when the user accepts an update. */
export function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === "SKIP_WAITING";
}

/** Asks a service worker which web-llm runtime its version's model libraries are for (answered on the port). */
export const LIBRARY_VERSION_QUESTION = { type: "SIGILO_LIBRARY_VERSION" } as const;

export function isLibraryVersionQuestion(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === LIBRARY_VERSION_QUESTION.type
  );
}

/** The answer: the version's library folder ("v0_2_87"). */
export interface LibraryVersionAnswer {
  libraryVersion: string;
}
