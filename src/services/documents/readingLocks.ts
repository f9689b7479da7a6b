/**
 * Which documents some tab is reading now. While a file is read, its trace in storage says so (a tab closed
 * mid-read leaves it behind); a trace is an interruption only if no tab is still reading that file. Each tab
 * holds the Web Lock "sigilo-document-reading/<id>" for as long as it reads the document, and the browser
 * lets it go when the tab closes or crashes, so a starting tab asks the browser which of those locks are
 * held (like the engine's lease, services/tabs/engineLease.ts).
 */
const LOCK_PREFIX = "sigilo-document-reading/";

export interface ReadingLocks {
  /** Holds the document's reading lock; resolves once held, with the function that lets it go. */
  hold(documentId: string): Promise<() => void>;
  /** Those of `documentIds` some tab (this one included) is reading now. */
  beingRead(documentIds: readonly string[]): Promise<Set<string>>;
}

export function createReadingLocks(
  locks: LockManager | undefined = globalThis.navigator?.locks,
): ReadingLocks {
  // Without Web Locks (very old browsers, jsdom) only this tab's own reading is known.
  if (!locks) return localReadingLocks();
  return {
    hold(documentId) {
      return new Promise((held) => {
        void locks.request(
          LOCK_PREFIX + documentId,
          () => new Promise<void>((release) => held(() => release())),
        );
      });
    },
    async beingRead(documentIds) {
      const { held = [] } = await locks.query();
      const names = new Set(held.map((lock) => lock.name));
      return new Set(documentIds.filter((id) => names.has(LOCK_PREFIX + id)));
    },
  };
}

/** Reading locks kept in this tab only. */
export function localReadingLocks(): ReadingLocks {
  const reading = new Map<string, number>();
  return {
    async hold(documentId) {
      reading.set(documentId, (reading.get(documentId) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (reading.get(documentId) ?? 1) - 1;
        if (left > 0) reading.set(documentId, left);
        else reading.delete(documentId);
      };
    },
    async beingRead(documentIds) {
      return new Set(documentIds.filter((id) => reading.has(id)));
    },
  };
}
