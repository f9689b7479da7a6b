import { describe, expect, it } from "vitest";
import type { Message } from "../../domain/conversation";
import type { SearchEvent, SearchRequest } from "../../services/search/protocol";
import type { ConversationReader } from "../../services/storage";
import { VaultLocked } from "../../services/storage";
import { createSearchWorkerCore } from "./searchWorkerCore";

function message(conversationId: string, content: string): Message {
  const id = `${conversationId}-${content}`;
  return { id, conversationId, parentId: null, role: "user", content, createdAt: 1, status: "complete" };
}

/** Storage whose reads wait until the test lets them go, and fail while sealed records meet no key. */
function fakeStorage(stored: Record<string, Message[]>, sealed = false) {
  const waiting: (() => void)[] = [];
  let key: CryptoKey | undefined;
  let closed: (() => void) | undefined;
  const reader: ConversationReader = {
    getMessages: (id) =>
      new Promise((resolve, reject) =>
        waiting.push(() => (sealed && !key ? reject(new VaultLocked()) : resolve(stored[id] ?? []))),
      ),
    setKey: (next) => (key = next),
    close: () => undefined,
  };
  return {
    openReader: async (_name: string, onClosed: () => void) => ((closed = onClosed), reader),
    /** Lets every read asked for so far finish, and waits for the core to take them in. */
    async release() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const finish of waiting.splice(0)) finish();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    closeDatabase: () => closed?.(),
  };
}

function harness(storage: ReturnType<typeof fakeStorage>) {
  const events: SearchEvent[] = [];
  const core = createSearchWorkerCore({
    openReader: storage.openReader,
    emit: (e) => events.push(e),
    now: () => 0,
  });
  let requestId = 0;
  const send = (request: SearchRequest) => core.handle(request);
  const search = (query: string) => {
    send({ type: "search", requestId: ++requestId, query, limit: 10 });
    const results = events.at(-1);
    if (results?.type !== "results") throw new Error("no results");
    return results;
  };
  return { send, search, events };
}

const summary = (id: string, updatedAt: number) => ({ id, title: `Chat ${id}`, updatedAt });

describe("the search worker", () => {
  it("reads stored conversations newest first, and says how many are still to read, in flight included", async () => {
    const storage = fakeStorage({ a: [message("a", "apples")], b: [message("b", "bananas")] });
    const { send, search } = harness(storage);
    send({ type: "open", databaseName: "db", key: undefined });
    send({ type: "conversations", put: [summary("a", 1), summary("b", 2)], deleted: [] });

    expect(search("apples")).toMatchObject({ hits: [], progress: { pending: 2 } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(search("apples").progress.pending).toBe(2);
    await storage.release();
    expect(search("apples")).toMatchObject({ hits: [{ messageId: "a-apples" }], progress: { pending: 0 } });
  });

  it("keeps the page's copy of a conversation over what storage returns", async () => {
    const storage = fakeStorage({ a: [message("a", "old text")] });
    const { send, search } = harness(storage);
    send({ type: "open", databaseName: "db", key: undefined });
    send({ type: "conversations", put: [summary("a", 1)], deleted: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    send({ type: "messages", conversationId: "a", put: [message("a", "new text")], deleted: [] });
    await storage.release();
    expect(search("text").hits.map((hit) => hit.messageId)).toEqual(["a-new text"]);
  });

  it("reads sealed conversations again once the key comes", async () => {
    const storage = fakeStorage({ a: [message("a", "secret")] }, true);
    const { send, search } = harness(storage);
    send({ type: "open", databaseName: "db", key: undefined });
    send({ type: "conversations", put: [summary("a", 1)], deleted: [] });
    await storage.release();
    expect(search("secret").hits).toEqual([]);

    send({ type: "open", databaseName: "db", key: {} as CryptoKey });
    await storage.release();
    expect(search("secret").hits).toHaveLength(1);
  });

  it("forgets everything when closed, even a read in flight, and when the database goes away", async () => {
    const storage = fakeStorage({ a: [message("a", "apples")] });
    const { send, search, events } = harness(storage);
    send({ type: "open", databaseName: "db", key: undefined });
    send({ type: "conversations", put: [summary("a", 1)], deleted: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    send({ type: "close" });
    await storage.release();
    expect(search("apples")).toMatchObject({ hits: [], progress: { pending: 0 } });

    send({ type: "open", databaseName: "db", key: undefined });
    send({ type: "conversations", put: [summary("a", 1)], deleted: [] });
    await storage.release();
    expect(search("apples").hits).toHaveLength(1);
    storage.closeDatabase();
    expect(events.at(-1)).toEqual({ type: "unavailable" });
    expect(search("apples").hits).toEqual([]);
  });
});
