/**
 * Remembers, across page loads, whether the last start finished. A start begins when conversations are read
 * (after the lock screen, when the lock is on) and finishes once the reopened conversation has rendered and
 * the main thread was free again: two painted frames, then an idle moment. A start that crashed, or hung
 * until the user closed the tab, never gets there, and leaves its marker behind; the next start finds it and
 * opens safely instead of reopening the same conversation.
 *
 * A page that goes away normally (a reload or a closed tab, the main thread free to say so) is not a failed
 * start: `pagehide` removes its marker. A hung page cannot run that handler, and a crashed one never gets to.
 *
 * Markers live in localStorage (synchronous, so a hang cannot lose the write) and hold only a time. Each
 * start also holds a Web Lock named after its marker until it finishes: the browser releases it when the tab
 * goes away, so a marker whose lock is held belongs to another tab still starting (a restored session opens
 * several at once), not to a start that failed.
 */
export interface StartupJournal {
  /** Notes that a start is reading conversations; resolves true when an earlier start never finished. */
  begin(): Promise<boolean>;
  /** Marks the current start finished once the page has painted and the main thread has been idle. */
  finishWhenSettled(): void;
}

const MARKER_PREFIX = "sigilo.start.";

export interface JournalEnvironment {
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;
  locks?: Pick<LockManager, "request" | "query">;
  /** Resolves once the page has painted and the main thread has been idle. */
  settled(): Promise<void>;
  /** Calls `listener` when the page goes away normally (pagehide). */
  onLeave(listener: () => void): void;
  now(): number;
}

export function createStartupJournal(environment: JournalEnvironment): StartupJournal {
  const { storage, locks } = environment;
  let current: { marker: string; release: () => void } | undefined;

  function finish(finishing: NonNullable<typeof current>) {
    if (current !== finishing) return;
    current = undefined;
    try {
      storage.removeItem(finishing.marker);
    } finally {
      finishing.release();
    }
  }
  environment.onLeave(() => current && finish(current));

  function markers(): string[] {
    const found: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(MARKER_PREFIX)) found.push(key);
    }
    return found;
  }

  /** Holds a lock named `name` until the returned function is called. */
  async function hold(name: string): Promise<() => void> {
    if (!locks) return () => undefined;
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await new Promise<void>((granted) => {
      void locks.request(name, () => {
        granted();
        return released;
      });
    });
    return release;
  }

  return {
    async begin() {
      if (current) return false; // this page's start is still under way (an unlock right after opening)
      try {
        const marker = `${MARKER_PREFIX}${crypto.randomUUID()}`;
        const release = await hold(marker);
        storage.setItem(marker, String(environment.now()));
        current = { marker, release };
        const held = new Set((await locks?.query())?.held?.map((lock) => lock.name));
        const unfinished = markers().filter((key) => key !== marker && !held.has(key));
        // Seen once: this start is the safe one. If it fails too, its own marker says so next time.
        for (const key of unfinished) storage.removeItem(key);
        return unfinished.length > 0;
      } catch {
        return false; // no storage (a privacy setting): every start is a normal one
      }
    },

    finishWhenSettled() {
      const finishing = current;
      if (!finishing) return;
      void environment.settled().then(() => finish(finishing));
    },
  };
}

/** Two painted frames, then an idle moment (or, where there is no idle callback, the next task). */
function settledInBrowser(): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const idle = () =>
    new Promise<void>((resolve) =>
      typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve()) : setTimeout(resolve),
    );
  return frame().then(frame).then(idle);
}

export function createBrowserStartupJournal(): StartupJournal {
  return createStartupJournal({
    storage: localStorage,
    locks: navigator.locks,
    settled: settledInBrowser,
    onLeave: (listener) => addEventListener("pagehide", listener),
    now: () => Date.now(),
  });
}
