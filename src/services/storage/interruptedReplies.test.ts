import { afterEach, describe, expect, it, vi } from "vitest";
import { conversation, message } from "./fixtures.testing";
import { openStorage, type SigiloStorage } from "./index";
import {
  createVersion4Database,
  getAllRaw,
  openRaw,
  putRaw,
  requestResult,
  uniqueDbName,
} from "./rawIndexedDb.testing";
import { sealMessage } from "./vault/sealedRecords";
import { deriveKey, newKeyDerivation } from "../../lib/crypto/passphraseKey";

/*
 * Start-up looks for replies cut off by a closed tab. It must not read every message ever written each time (a
 * long history makes that seconds of work after the first screen), so each write keeps a mark beside a message
 * stored as "streaming", and start-up reads only the marked ones.
 */
let storage: SigiloStorage;
let name: string;

async function open(): Promise<SigiloStorage> {
  name = uniqueDbName();
  storage = await openStorage({ name, onInvalidRecords: vi.fn() });
  return storage;
}

afterEach(() => {
  storage.close();
});

async function marks(): Promise<unknown[]> {
  const raw = await openRaw(name);
  const stored = await getAllRaw(raw, "repliesInFlight");
  raw.close();
  return stored;
}

/** A reply starting in `conversationId` at `time`, saved the way the chat saves a reply's start. */
function startReply(conversationId: string, time: number) {
  const reply = message({
    id: `${conversationId}-reply`,
    conversationId,
    createdAt: time,
    status: "streaming",
  });
  const saved = storage.conversations.saveConversationWithMessages(
    conversation({ id: conversationId, updatedAt: time }),
    [reply],
  );
  return { reply, saved };
}

describe("looking for replies cut off by a closed tab", () => {
  it("finds a reply left streaming, marks it interrupted, and finds nothing the next time", async () => {
    const { conversations } = await open();
    await startReply("c1", 500).saved;
    await conversations.saveMessage({ ...startReply("c2", 600).reply, content: "partial" });

    expect(await conversations.markStreamingAsInterrupted()).toBe(2);
    expect((await conversations.getMessages("c1"))[0]?.status).toBe("interrupted");
    expect(await conversations.getMessages("c2")).toMatchObject([
      { status: "interrupted", content: "partial" },
    ]);
    expect(await marks()).toEqual([]);
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);
  });

  it("reads only the messages marked in flight, not every stored message", async () => {
    const { conversations } = await open();
    const { reply, saved } = startReply("c1", 500);
    await saved;
    await conversations.saveConversationWithMessages(conversation({ id: "c1", updatedAt: 900 }), [
      { ...reply, status: "complete" },
    ]);
    expect(await marks()).toEqual([]);
    // Not something the app writes (every save keeps the marks): it shows what is read.
    const raw = await openRaw(name);
    await putRaw(raw, "messages", [
      message({ id: "unmarked", conversationId: "c9", createdAt: 1, status: "streaming" }),
    ]);
    raw.close();

    expect(await conversations.markStreamingAsInterrupted()).toBe(0);
    expect((await conversations.getMessages("c9"))[0]?.status).toBe("streaming");
  });

  it("drops the marks of a deleted conversation's and of removed messages", async () => {
    const { conversations } = await open();
    await startReply("gone", 500).saved;
    const { reply, saved } = startReply("kept", 600);
    await saved;
    await conversations.deleteConversation("gone");
    await conversations.removeMessages([reply.id], []);

    expect(await marks()).toEqual([]);
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);
  });

  it("drops a mark whose message is missing, and leaves an unreadable message as it is", async () => {
    const { conversations } = await open();
    const raw = await openRaw(name);
    await putRaw(raw, "messages", [{ id: "bad", conversationId: "c1", createdAt: 1, status: "streaming" }]);
    await putRaw(raw, "repliesInFlight", [{ id: "bad" }, { id: "missing" }]);
    raw.close();

    expect(await conversations.markStreamingAsInterrupted()).toBe(0);
    expect(await marks()).toEqual([]);
    const after = await openRaw(name);
    expect(await getAllRaw(after, "messages")).toEqual([
      { id: "bad", conversationId: "c1", createdAt: 1, status: "streaming" },
    ]);
    after.close();
  });

  it("marks an imported reply that was being written where it was exported", async () => {
    const { conversations } = await open();
    await conversations.importConversations(
      [conversation({ id: "imported", updatedAt: 10 })],
      [
        message({ id: "cut-off", conversationId: "imported", createdAt: 5, status: "streaming" }),
        message({ id: "done", conversationId: "imported", createdAt: 6, status: "complete" }),
      ],
    );

    expect(await marks()).toEqual([{ id: "cut-off" }]);
    expect(await conversations.markStreamingAsInterrupted()).toBe(1);
    expect((await conversations.getMessages("imported"))[0]?.status).toBe("interrupted");
  });
});

describe("upgrading a version 4 store, which had no marks", () => {
  const streaming = (id: string, conversationId: string, createdAt: number) =>
    message({ id, conversationId, createdAt, status: "streaming" });

  async function upgraded(records: Parameters<typeof createVersion4Database>[1]) {
    name = uniqueDbName();
    await createVersion4Database(name, records);
    storage = await openStorage({ name, onInvalidRecords: vi.fn() });
    return storage;
  }

  it("finds the replies the old check would have read: in conversations updated since its last look", async () => {
    const { conversations } = await upgraded({
      conversations: [
        conversation({ id: "recent", updatedAt: 600 }),
        conversation({ id: "looked-at", updatedAt: 100 }),
      ],
      messages: [
        streaming("cut-off", "recent", 600),
        message({ id: "fine", conversationId: "recent", createdAt: 500, status: "complete" }),
        // Checked (and so not streaming) at the last look in the app; such a record is not read again.
        streaming("before", "looked-at", 100),
      ],
      settings: { streamingCheckedFrom: 500 },
    });

    expect(await marks()).toEqual([{ id: "cut-off" }]);
    expect(await conversations.markStreamingAsInterrupted()).toBe(1);
    // The old check's setting goes with it.
    const raw = await openRaw(name);
    expect(await requestResult(raw.transaction("settings").objectStore("settings").getAllKeys())).toEqual([]);
    raw.close();
  });

  it("looks at every message when the old check never ran, marking sealed ones to be opened at start-up", async () => {
    const key = await deriveKey("correct horse", newKeyDerivation(1_000));
    const sealed = await sealMessage(key, message({ id: "sealed", conversationId: "c2", createdAt: 1 }));
    await upgraded({
      conversations: [conversation({ id: "c1", updatedAt: 1 }), conversation({ id: "c2", updatedAt: 2 })],
      messages: [streaming("cut-off", "c1", 1), sealed],
    });

    expect(await marks()).toEqual([{ id: "cut-off" }, { id: "sealed" }]);
  });
});
