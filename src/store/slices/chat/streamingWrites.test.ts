import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestStore, settle } from "../../testing/testStore";
import { PERSIST_INTERVAL_MS } from "./generateReply";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";
const PIECES = 6;

interface Put {
  store: string;
  id: unknown;
  mode: IDBTransactionMode;
}

/** Every record put into IndexedDB from now on, with its object store and transaction mode. */
function recordPuts(): Put[] {
  const puts: Put[] = [];
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    const id = typeof value === "object" && value !== null && "id" in value ? value.id : key;
    puts.push({ store: this.name, id, mode: this.transaction.mode });
    return put.call(this, value, key);
  });
  return puts;
}

/** A reply of PIECES pieces, each arriving after more than the save interval: each is saved while it streams. */
async function streamSlowReply(lock: boolean) {
  const { store, engine, clock } = await createTestStore();
  await store.getState().loadModel(MODEL);
  if (lock) await store.getState().enableVault("a long enough passphrase", 15);
  vi.spyOn(engine, "chat").mockImplementation(async (_request, onDelta) => {
    for (let piece = 0; piece < PIECES; piece++) {
      clock.now += PERSIST_INTERVAL_MS + 1;
      onDelta(`piece ${piece} `);
      // Each save is its own write, in order, as it is in the app where a second passes between them.
      await settle();
    }
    return { finishReason: "stop" };
  });
  await settle();
  const puts = recordPuts();
  await store.getState().sendMessage("Write slowly");
  await settle();
  const conversation = store.getState().conversations[0]!;
  const reply = store
    .getState()
    .messagesByConversation[conversation.id]!.find((m) => m.role === "assistant")!;
  return { puts, conversationId: conversation.id, replyId: reply.id };
}

afterEach(() => vi.restoreAllMocks());

describe("a streaming reply's saves", () => {
  for (const lock of [false, true]) {
    it(`write only the reply's record while it streams, the conversation only at its start and end (lock ${lock ? "on" : "off"})`, async () => {
      const { puts, conversationId, replyId } = await streamSlowReply(lock);
      const conversationPuts = puts.filter((put) => put.store === "conversations");
      // The start (the conversation with the user's message and the reply placeholder) and the end.
      expect(conversationPuts.map((put) => put.id)).toEqual([conversationId, conversationId]);
      const start = puts.findIndex((put) => put.store === "conversations");
      const end = puts.findLastIndex((put) => put.store === "conversations");
      // The start is one transaction: the conversation, the user's message and the reply's placeholder.
      expect(puts.slice(start, start + 3).map((put) => put.store)).toEqual([
        "conversations",
        "messages",
        "messages",
      ]);
      const whileStreaming = puts.slice(start + 3, end);
      // At least one save a second of the reply (a killed tab loses at most about a second)...
      expect(whileStreaming.length).toBeGreaterThanOrEqual(PIECES - 1);
      // ...and each one is the reply alone (with its mark as a reply in flight, its id): no other message, no
      // conversation, nothing re-encoded around it.
      const ofTheReply = (put: Put) =>
        (put.store === "messages" || put.store === "repliesInFlight") && put.id === replyId;
      expect(whileStreaming.filter((put) => !ofTheReply(put))).toEqual([]);
    });
  }
});

describe("the end of a reply", () => {
  it("is shown (Send back) only once its last words are stored, so a reload at that moment loses nothing", async () => {
    const { store, storage } = await createTestStore();
    await store.getState().loadModel(MODEL);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const save = storage.conversations.saveConversationWithMessages.bind(storage.conversations);
    let finalSaves = 0;
    vi.spyOn(storage.conversations, "saveConversationWithMessages").mockImplementation(
      async (conversation, messages) => {
        if (messages.some((message) => message.role === "assistant" && message.status === "complete")) {
          finalSaves++;
          await held;
        }
        return save(conversation, messages);
      },
    );
    const sent = store.getState().sendMessage("echo: the last words");
    await vi.waitFor(() => expect(finalSaves).toBe(1));
    expect(store.getState().generation.status).toBe("streaming");
    release();
    await sent;
    expect(store.getState().generation.status).toBe("idle");
  });
});
