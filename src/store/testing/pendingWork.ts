/**
 * What the store has asked of storage and search and not yet had answered. Tests wait on this (`settle`)
 * instead of sleeping a fixed time: a sleep long enough on an idle machine is too short on a busy one.
 */
const pending = new Set<Promise<unknown>>();

/** The same service, each call that returns a promise counted as pending until it settles. */
export function trackPending<T extends object>(service: T): T {
  return new Proxy(service, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (result instanceof Promise) {
          pending.add(result);
          const done = () => pending.delete(result);
          result.then(done, done);
        }
        return result;
      };
    },
  });
}

const QUIET_TURNS = 3;
const GIVE_UP_MS = 10_000;

/**
 * Resolves once nothing tracked is pending for a few macrotask turns in a row: the store's writes and the
 * work they set off (a write after an awaited encryption, a search index update) have all landed.
 */
export async function settle(): Promise<void> {
  const giveUpAt = Date.now() + GIVE_UP_MS;
  let quiet = 0;
  while (quiet < QUIET_TURNS) {
    if (Date.now() > giveUpAt) throw new Error(`settle: ${pending.size} storage calls still pending`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (pending.size === 0) quiet += 1;
    else {
      quiet = 0;
      await Promise.race(pending).catch(() => {});
    }
  }
}
