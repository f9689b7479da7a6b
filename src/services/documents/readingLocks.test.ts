import { describe, expect, it } from "vitest";
import { createReadingLocks, localReadingLocks } from "./readingLocks";

/** The part of the browser's LockManager the reading locks use, shared by every "tab" made over it. */
function fakeLockManager(): LockManager {
  const held = new Set<string>();
  return {
    async request(name: string, ...rest: unknown[]) {
      const callback = rest.at(-1) as (lock: Lock) => Promise<unknown>;
      held.add(name);
      try {
        return await callback({ name, mode: "exclusive" });
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name, mode: "exclusive" as const, clientId: "tab" })) };
    },
  } as unknown as LockManager;
}

describe("reading locks", () => {
  it("a document is being read while some tab holds its lock, and no longer once let go", async () => {
    const browser = fakeLockManager();
    const readingTab = createReadingLocks(browser);
    const startingTab = createReadingLocks(browser);
    const release = await readingTab.hold("doc-1");
    expect(await startingTab.beingRead(["doc-1", "doc-2"])).toEqual(new Set(["doc-1"]));
    release();
    await Promise.resolve();
    expect(await startingTab.beingRead(["doc-1", "doc-2"])).toEqual(new Set());
  });

  it("without Web Locks, only this tab's own reading is known", async () => {
    const locks = createReadingLocks(undefined);
    const release = await locks.hold("doc-1");
    expect(await locks.beingRead(["doc-1"])).toEqual(new Set(["doc-1"]));
    release();
    release();
    expect(await locks.beingRead(["doc-1"])).toEqual(new Set());
    expect(await localReadingLocks().beingRead(["doc-1"])).toEqual(new Set());
  });
});
