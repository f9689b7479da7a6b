import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { conversation, message } from "../fixtures.testing";
import { openStorage, VaultLocked, type SigiloStorage } from "../index";
import { getAllRaw, openRaw, putRaw, uniqueDbName } from "../rawIndexedDb.testing";

const ITERATIONS = 1_000;
let name: string;
let storage: SigiloStorage;
const onInvalidRecords = vi.fn();
const open = () => openStorage({ name, onInvalidRecords, vaultIterations: ITERATIONS });

async function rawRecords(storeName: string): Promise<unknown[]> {
  const db = await openRaw(name);
  const records = await getAllRaw(db, storeName);
  db.close();
  return records;
}

/** What a person could read in the raw database: every string in it, binary data left out. */
async function rawText(): Promise<string> {
  const all = [...(await rawRecords("conversations")), ...(await rawRecords("messages"))];
  return JSON.stringify(all);
}

async function saveSample(target: SigiloStorage = storage): Promise<void> {
  await target.conversations.saveConversation(conversation({ id: "c1", title: "Merger with ACME" }));
  await target.conversations.saveMessages([
    message({ id: "m2", conversationId: "c1", createdAt: 20, content: "Second: the price is 4M" }),
    message({ id: "m1", conversationId: "c1", createdAt: 10, content: "First: keep this secret" }),
  ]);
}

beforeEach(async () => {
  name = uniqueDbName();
  onInvalidRecords.mockReset();
  storage = await open();
});

afterEach(() => storage.close());

describe("the lock", () => {
  it("is off at first, and records are stored as they are", async () => {
    expect(storage.vault.status()).toBe("off");
    await saveSample();
    expect(await rawText()).toContain("keep this secret");
  });

  it("when turned on, encrypts existing and new records but keeps keys and index fields in the clear", async () => {
    await saveSample();
    const progress = vi.fn();
    await storage.vault.enable("correct horse", 15, progress);
    await storage.conversations.saveMessage(
      message({ id: "m3", conversationId: "c1", createdAt: 30, content: "Third" }),
    );

    expect(storage.vault.status()).toBe("unlocked");
    // Its one conversation, two messages and one setting (the lock's own).
    expect(progress).toHaveBeenLastCalledWith(4, 4);
    const text = await rawText();
    for (const secret of ["ACME", "keep this secret", "4M", "Third", "complete", "user"]) {
      expect(text).not.toContain(secret);
    }
    expect(await rawRecords("messages")).toContainEqual(
      expect.objectContaining({ id: "m1", conversationId: "c1", createdAt: 10 }),
    );
    // The index on [conversationId, createdAt] still orders them.
    const messages = await storage.conversations.getMessages("c1");
    expect(messages.map((m) => [m.id, m.content])).toEqual([
      ["m1", "First: keep this secret"],
      ["m2", "Second: the price is 4M"],
      ["m3", "Third"],
    ]);
    expect(await storage.conversations.listConversations()).toEqual([
      conversation({ id: "c1", title: "Merger with ACME" }),
    ]);
  });

  it("refuses reads and writes while locked", async () => {
    await saveSample();
    await storage.vault.enable("correct horse", 15);
    storage.vault.lock();
    expect(storage.vault.status()).toBe("locked");
    await expect(storage.conversations.listConversations()).rejects.toThrow(VaultLocked);
    await expect(storage.conversations.getMessages("c1")).rejects.toThrow(VaultLocked);
    await expect(
      storage.conversations.saveMessage(message({ id: "x", conversationId: "c1", createdAt: 1 })),
    ).rejects.toThrow(VaultLocked);
    expect(await rawText()).not.toContain('"x"');
    await expect(storage.vault.enable("another passphrase", 15)).rejects.toMatchObject({
      code: "already-on",
    });
  });

  it("asks again after a restart: a wrong passphrase opens nothing, the right one restores everything", async () => {
    await saveSample();
    await storage.vault.enable("correct horse", 20);
    storage.close();
    storage = await open();

    expect(storage.vault.status()).toBe("locked");
    expect(storage.vault.idleMinutes()).toBe(20);
    expect(await storage.vault.unlock("Correct horse")).toBe(false);
    expect(storage.vault.status()).toBe("locked");
    await expect(storage.conversations.listConversations()).rejects.toThrow(VaultLocked);

    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect((await storage.conversations.getMessages("c1")).map((m) => m.content)).toEqual([
      "First: keep this secret",
      "Second: the price is 4M",
    ]);
  });

  it("when turned off with the right passphrase, decrypts everything back to plain records", async () => {
    await saveSample();
    await storage.vault.enable("correct horse", 15);

    expect(await storage.vault.disable("wrong")).toBe(false);
    expect(await rawText()).not.toContain("keep this secret");

    expect(await storage.vault.disable("correct horse")).toBe(true);
    expect(storage.vault.status()).toBe("off");
    expect(await rawRecords("messages")).toContainEqual(
      message({ id: "m1", conversationId: "c1", createdAt: 10, content: "First: keep this secret" }),
    );
    storage.close();
    storage = await open();
    expect(storage.vault.status()).toBe("off");
    expect((await storage.conversations.listConversations())[0]?.title).toBe("Merger with ACME");
  });

  it("finishes a re-encryption a closed tab left halfway, on the next unlock", async () => {
    await storage.vault.enable("correct horse", 15);
    await saveSample();
    // As if the tab died halfway through turning the lock on (or another tab wrote before it heard).
    const db = await openRaw(name);
    await putRaw(db, "messages", [
      message({ id: "m0", conversationId: "c1", createdAt: 5, content: "left plain" }),
    ]);
    db.close();
    storage.close();
    storage = await open();

    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect(await rawText()).not.toContain("left plain");
    expect((await storage.conversations.getMessages("c1")).map((m) => m.id)).toEqual(["m0", "m1", "m2"]);
  });

  it("stores, sealed, the saves asked for just before it locks, however long they wait their turn", async () => {
    await storage.vault.enable("correct horse", 15);
    await saveSample();
    // The end of a reply being stopped by locking: saves asked for while unlocked, queued behind others.
    const saves = [
      storage.conversations.saveConversation(conversation({ id: "c1", title: "Merger, final" })),
      ...["m3", "m4", "m5"].map((id, index) =>
        storage.conversations.saveMessage(
          message({ id, conversationId: "c1", createdAt: 30 + index, content: `Clause ${id} agreed` }),
        ),
      ),
      storage.conversations.saveMessages([
        message({ id: "m6", conversationId: "c1", createdAt: 40, content: "Clause m6 agreed" }),
      ]),
    ];
    storage.vault.lock();
    const late = expect(
      storage.conversations.saveMessage(message({ id: "m7", conversationId: "c1", createdAt: 50 })),
    ).rejects.toThrow(VaultLocked);

    await Promise.all(saves);
    await late;
    expect(await rawText()).not.toContain("Clause");
    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect((await storage.conversations.getMessages("c1")).map((m) => m.id)).toEqual([
      "m1",
      "m2",
      "m3",
      "m4",
      "m5",
      "m6",
    ]);
    expect((await storage.conversations.listConversations())[0]?.title).toBe("Merger, final");
  });

  it("skips and reports a tampered record without hiding the others", async () => {
    await saveSample();
    await storage.vault.enable("correct horse", 15);
    const db = await openRaw(name);
    const [first] = (await getAllRaw(db, "messages")) as { sealed: { data: ArrayBuffer } }[];
    const bytes = new Uint8Array(first!.sealed.data.slice(0));
    bytes[0]! ^= 0xff;
    await putRaw(db, "messages", [{ ...first, sealed: { ...first!.sealed, data: bytes.buffer } }]);
    db.close();

    expect(await storage.conversations.getMessages("c1")).toHaveLength(1);
    expect(onInvalidRecords).toHaveBeenCalledWith("messages", expect.any(Array));
  });

  it("notices a lock turned on in another tab", async () => {
    await saveSample();
    const other = await open();
    await other.vault.enable("correct horse", 15);
    expect(storage.vault.status()).toBe("off");

    await storage.vault.refresh();
    expect(storage.vault.status()).toBe("locked");
    await expect(storage.conversations.saveConversation(conversation({ id: "c2" }))).rejects.toThrow(
      VaultLocked,
    );

    await other.vault.disable("correct horse");
    await storage.vault.refresh();
    expect(storage.vault.status()).toBe("off");
    other.close();
  });

  it("changes the idle time", async () => {
    await storage.vault.enable("correct horse", 15);
    await storage.vault.setIdleMinutes(5);
    storage.close();
    storage = await open();
    expect(storage.vault.idleMinutes()).toBe(5);
    await expect(storage.vault.setIdleMinutes(0)).rejects.toMatchObject({ code: "invalid-idle-minutes" });
  });
});
