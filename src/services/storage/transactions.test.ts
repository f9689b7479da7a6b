import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openDB } from "idb";
import { inTransaction } from "./transactions";

describe("inTransaction", () => {
  it("commits nothing when work throws before its first await, after queuing other writes", async () => {
    const db = await openDB("transactions-test", 1, {
      upgrade: (database) => database.createObjectStore("items", { keyPath: "id" }),
    });
    const tx = db.transaction("items", "readwrite");
    await expect(
      inTransaction(tx, () => {
        const queued = tx.store.put({ id: "queued first" });
        queued.catch(() => {}); // aborted below: its rejection is expected
        // A function cannot be stored: put throws at once (DataCloneError), before work returns a promise.
        return Promise.all([queued, tx.store.put({ id: "cannot be stored", value: () => "a function" })]);
      }),
    ).rejects.toThrow();
    expect(await db.getAll("items")).toEqual([]);
    db.close();
  });
});
