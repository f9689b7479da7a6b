import { describe, expect, it } from "vitest";
import { createStartupJournal, type JournalEnvironment } from "./startupJournal";

/** localStorage, Web Locks and "settled" as the tests drive them: one browser profile shared by several tabs. */
function profile() {
  const items = new Map<string, string>();
  const storage: JournalEnvironment["storage"] = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
  const held = new Set<string>();
  const locks = {
    request: (async (name: string, callback: () => Promise<void>) => {
      held.add(name);
      await callback();
      held.delete(name);
    }) as unknown as LockManager["request"],
    query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
  };
  /** One tab: its journal, how to let its start settle, leave normally, or die (its locks go, nothing runs). */
  function tab() {
    let settle = () => {};
    let leave = () => {};
    const mine = new Set<string>();
    const journal = createStartupJournal({
      storage,
      locks: {
        request: ((name: string, callback: () => Promise<void>) => {
          mine.add(name);
          return locks.request(name, callback);
        }) as LockManager["request"],
        query: locks.query,
      },
      settled: () => new Promise<void>((resolve) => (settle = resolve)),
      onLeave: (listener) => (leave = listener),
      now: () => 1,
    });
    return {
      journal,
      settle: () => settle(),
      leave: () => leave(),
      die: () => mine.forEach((name) => held.delete(name)),
    };
  }
  return { tab, markers: () => [...items.keys()] };
}

const flush = () => new Promise((resolve) => setTimeout(resolve));

describe("startup journal", () => {
  it("a start that settles leaves nothing behind, and the next start is normal", async () => {
    const browser = profile();
    const first = browser.tab();
    expect(await first.journal.begin()).toBe(false);
    expect(browser.markers()).toHaveLength(1);
    first.journal.finishWhenSettled();
    first.settle();
    await flush();
    expect(browser.markers()).toEqual([]);
    expect(await browser.tab().journal.begin()).toBe(false);
  });

  it("a start whose tab died before it settled makes the next start safe, once", async () => {
    const browser = profile();
    const hung = browser.tab();
    await hung.journal.begin();
    hung.journal.finishWhenSettled(); // never settles: the page hung
    hung.die();
    const next = browser.tab();
    expect(await next.journal.begin()).toBe(true);
    next.journal.finishWhenSettled();
    next.settle();
    await flush();
    expect(await browser.tab().journal.begin()).toBe(false);
  });

  it("a page left normally before it settled is not a failed start", async () => {
    const browser = profile();
    const quick = browser.tab();
    await quick.journal.begin();
    quick.leave();
    quick.die();
    expect(await browser.tab().journal.begin()).toBe(false);
  });

  it("another tab still starting is not taken for a failed start", async () => {
    const browser = profile();
    const other = browser.tab();
    await other.journal.begin();
    expect(await browser.tab().journal.begin()).toBe(false);
  });

  it("without storage every start is a normal one", async () => {
    const journal = createStartupJournal({
      storage: {
        getItem: () => null,
        setItem: () => {
          throw new Error("SecurityError");
        },
        removeItem: () => {},
        key: () => null,
        length: 0,
      },
      settled: async () => {},
      onLeave: () => {},
      now: () => 1,
    });
    expect(await journal.begin()).toBe(false);
    journal.finishWhenSettled();
  });
});
