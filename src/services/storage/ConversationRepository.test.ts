import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { conversation, message } from "./fixtures.testing";
import { openStorage, type SigiloStorage } from "./index";
import { getAllRaw, openRaw, putRaw, uniqueDbName } from "./rawIndexedDb.testing";

let name: string;
let storage: SigiloStorage;
const onInvalidRecords = vi.fn();

beforeEach(async () => {
  name = uniqueDbName();
  onInvalidRecords.mockReset();
  storage = await openStorage({ name, onInvalidRecords });
});

afterEach(() => {
  storage.close();
});

describe("conversations", () => {
  it("starts empty", async () => {
    expect(await storage.conversations.listConversations()).toEqual([]);
  });

  it("lists conversations newest (updatedAt) first", async () => {
    const { conversations } = storage;
    await conversations.saveConversation(conversation({ id: "old", updatedAt: 100 }));
    await conversations.saveConversation(conversation({ id: "new", updatedAt: 300 }));
    await conversations.saveConversation(conversation({ id: "mid", updatedAt: 200 }));

    const ids = (await conversations.listConversations()).map((c) => c.id);
    expect(ids).toEqual(["new", "mid", "old"]);
  });

  it("lists only the newest few when asked for a first screen, newest first", async () => {
    const { conversations } = storage;
    for (const [id, updatedAt] of [
      ["a", 100],
      ["b", 400],
      ["c", 300],
      ["d", 200],
    ] as const) {
      await conversations.saveConversation(conversation({ id, updatedAt }));
    }
    expect((await conversations.listNewestConversations(2)).map((c) => c.id)).toEqual(["b", "c"]);
    expect((await conversations.listNewestConversations(10)).map((c) => c.id)).toEqual(["b", "c", "d", "a"]);
  });

  it("replaces a conversation saved again with the same id", async () => {
    const { conversations } = storage;
    await conversations.saveConversation(conversation({ id: "c1", title: "New chat", titled: false }));
    await conversations.saveConversation(
      conversation({ id: "c1", title: "Contract review", updatedAt: 5_000 }),
    );

    expect(await conversations.listConversations()).toEqual([
      conversation({ id: "c1", title: "Contract review", updatedAt: 5_000 }),
    ]);
  });
});

describe("messages", () => {
  it("returns one conversation's messages, oldest first", async () => {
    const { conversations } = storage;
    await conversations.saveMessage(message({ id: "m3", conversationId: "c1", createdAt: 30 }));
    await conversations.saveMessage(message({ id: "m1", conversationId: "c1", createdAt: 10 }));
    await conversations.saveMessage(message({ id: "x1", conversationId: "c10", createdAt: 15 }));
    await conversations.saveMessage(message({ id: "m2", conversationId: "c1", createdAt: 20 }));

    const ids = (await conversations.getMessages("c1")).map((m) => m.id);
    expect(ids).toEqual(["m1", "m2", "m3"]);
    expect(await conversations.getMessages("unknown")).toEqual([]);
  });

  it("upserts a message, as the streaming persister does", async () => {
    const { conversations } = storage;
    const streaming = message({
      id: "a1",
      conversationId: "c1",
      createdAt: 1,
      role: "assistant",
      status: "streaming",
    });
    await conversations.saveMessage({ ...streaming, content: "Hel" });
    await conversations.saveMessage({ ...streaming, content: "Hello" });
    await conversations.saveMessage({
      ...streaming,
      content: "Hello!",
      status: "complete",
      finishReason: "stop",
    });

    expect(await conversations.getMessages("c1")).toEqual([
      { ...streaming, content: "Hello!", status: "complete", finishReason: "stop" },
    ]);
  });

  it("saves several messages at once", async () => {
    const batch = [
      message({ id: "m1", conversationId: "c1", createdAt: 1 }),
      message({ id: "m2", conversationId: "c1", createdAt: 2 }),
    ];
    await storage.conversations.saveMessages(batch);
    await storage.conversations.saveMessages([]);

    expect(await storage.conversations.getMessages("c1")).toEqual(batch);
  });
});

describe("removeMessages", () => {
  it("deletes some messages and relinks others in one go, leaving the rest", async () => {
    const { conversations } = storage;
    await conversations.saveMessages([
      message({ id: "m1", conversationId: "c1", createdAt: 1 }),
      message({ id: "m2", conversationId: "c1", createdAt: 2, parentId: "m1" }),
      message({ id: "m3", conversationId: "c1", createdAt: 3, parentId: "m2" }),
    ]);
    const relinked = message({ id: "m3", conversationId: "c1", createdAt: 3, parentId: "m1" });
    await conversations.removeMessages(["m2"], [relinked]);
    expect(await conversations.getMessages("c1")).toEqual([
      message({ id: "m1", conversationId: "c1", createdAt: 1 }),
      relinked,
    ]);
  });
});

describe("saveConversationWithMessages", () => {
  it("saves the conversation and its messages together", async () => {
    const { conversations } = storage;
    const chat = conversation({ id: "c1", updatedAt: 5 });
    const turn = [
      message({ id: "m1", conversationId: "c1", createdAt: 1 }),
      message({ id: "m2", conversationId: "c1", createdAt: 2, role: "assistant", status: "streaming" }),
    ];
    await conversations.saveConversationWithMessages(chat, turn);
    await conversations.saveConversationWithMessages({ ...chat, updatedAt: 9 }, [
      { ...turn[1]!, content: "done", status: "complete" },
    ]);

    expect(await conversations.listConversations()).toEqual([{ ...chat, updatedAt: 9 }]);
    expect((await conversations.getMessages("c1")).map((m) => [m.id, m.status])).toEqual([
      ["m1", "complete"],
      ["m2", "complete"],
    ]);
  });
});

describe("deleteConversation", () => {
  it("removes the conversation and all of its messages, and nothing else", async () => {
    const { conversations } = storage;
    await conversations.saveConversation(conversation({ id: "gone" }));
    await conversations.saveConversation(conversation({ id: "kept" }));
    await conversations.saveMessages([
      message({ id: "g1", conversationId: "gone", createdAt: 1 }),
      message({ id: "g2", conversationId: "gone", createdAt: 2 }),
      message({ id: "k1", conversationId: "kept", createdAt: 1 }),
    ]);

    await conversations.deleteConversation("gone");

    expect((await conversations.listConversations()).map((c) => c.id)).toEqual(["kept"]);
    expect(await conversations.getMessages("gone")).toEqual([]);
    expect((await conversations.getMessages("kept")).map((m) => m.id)).toEqual(["k1"]);
  });

  it("does nothing for an unknown id", async () => {
    await storage.conversations.saveConversation(conversation({ id: "c1" }));
    await expect(storage.conversations.deleteConversation("unknown")).resolves.toBeUndefined();
    expect(await storage.conversations.listConversations()).toHaveLength(1);
  });
});

describe("markStreamingAsInterrupted", () => {
  it("turns every streaming message into an interrupted one and counts them", async () => {
    const { conversations } = storage;
    await conversations.saveMessages([
      message({ id: "s1", conversationId: "c1", createdAt: 1, status: "streaming", content: "partial" }),
      message({ id: "s2", conversationId: "c2", createdAt: 1, status: "streaming" }),
      message({ id: "done", conversationId: "c1", createdAt: 2, status: "complete" }),
      message({ id: "stop", conversationId: "c1", createdAt: 3, status: "stopped" }),
    ]);

    expect(await conversations.markStreamingAsInterrupted()).toBe(2);

    const c1 = await conversations.getMessages("c1");
    expect(c1.map((m) => [m.id, m.status])).toEqual([
      ["s1", "interrupted"],
      ["done", "complete"],
      ["stop", "stopped"],
    ]);
    expect(c1[0]?.content).toBe("partial");
    expect((await conversations.getMessages("c2"))[0]?.status).toBe("interrupted");
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);
  });
});

describe("unreadable records", () => {
  async function writeUnchecked(storeName: string, records: unknown[]): Promise<void> {
    const raw = await openRaw(name);
    await putRaw(raw, storeName, records);
    raw.close();
  }

  it("skips invalid conversations and reports how many", async () => {
    await storage.conversations.saveConversation(conversation({ id: "ok", updatedAt: 10 }));
    await writeUnchecked("conversations", [
      { id: "no-title", titled: true, createdAt: 1, updatedAt: 20 },
      { id: "bad-flag", title: "x", titled: "yes", createdAt: 1, updatedAt: 30 },
    ]);

    expect((await storage.conversations.listConversations()).map((c) => c.id)).toEqual(["ok"]);
    expect(onInvalidRecords).toHaveBeenCalledWith("conversations", ["no-title", "bad-flag"]);
  });

  it("skips invalid conversations in a first screen too, and reports them", async () => {
    await storage.conversations.saveConversation(conversation({ id: "ok", updatedAt: 10 }));
    await writeUnchecked("conversations", [{ id: "no-title", titled: true, createdAt: 1, updatedAt: 20 }]);

    expect((await storage.conversations.listNewestConversations(5)).map((c) => c.id)).toEqual(["ok"]);
    expect(onInvalidRecords).toHaveBeenCalledWith("conversations", ["no-title"]);
  });

  it("skips invalid messages and reports how many", async () => {
    await storage.conversations.saveMessage(message({ id: "ok", conversationId: "c1", createdAt: 1 }));
    await writeUnchecked("messages", [
      { id: "robot", conversationId: "c1", createdAt: 2, role: "robot", content: "", status: "complete" },
    ]);

    expect((await storage.conversations.getMessages("c1")).map((m) => m.id)).toEqual(["ok"]);
    expect(onInvalidRecords).toHaveBeenCalledWith("messages", ["robot"]);
  });

  it("counts each unreadable record once, however many reads leave it out", async () => {
    await storage.conversations.saveMessage(message({ id: "ok", conversationId: "c1", createdAt: 1 }));
    await writeUnchecked("conversations", [{ id: "no-title", titled: true, createdAt: 1, updatedAt: 20 }]);
    await writeUnchecked("messages", [
      { id: "robot", conversationId: "c1", createdAt: 2, role: "robot", content: "", status: "complete" },
    ]);

    await storage.conversations.listNewestConversations(5);
    await storage.conversations.listConversations();
    await storage.conversations.getMessages("c1");
    await storage.conversations.getAllMessages();

    expect(storage.unreadable.counts()).toEqual({ conversations: 1, messages: 1, documents: 0, settings: 0 });
  });

  it("leaves invalid records untouched when marking interrupted messages", async () => {
    await writeUnchecked("messages", [
      { id: "bad", conversationId: "c1", createdAt: 1, status: "streaming" },
    ]);

    expect(await storage.conversations.markStreamingAsInterrupted()).toBe(0);
    const raw = await openRaw(name);
    expect(await getAllRaw(raw, "messages")).toEqual([
      { id: "bad", conversationId: "c1", createdAt: 1, status: "streaming" },
    ]);
    raw.close();
  });

  it("warns on the console (counts only) when no reporter is given", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const other = await openStorage({ name });
    // updatedAt is there: a record without it is not in the byUpdatedAt index, so reads never see it at all.
    await writeUnchecked("conversations", [{ id: "secret", title: 42, updatedAt: 1 }]);

    expect(await other.conversations.listConversations()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).not.toContain("secret");
    other.close();
    warn.mockRestore();
  });
});
