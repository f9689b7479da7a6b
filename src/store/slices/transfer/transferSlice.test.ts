import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/messages/en";
import { markdownLabels } from "../../../features/transfer/markdownLabels";
import { createTestStore, settle } from "../../testing/testStore";
import { ConversationGoneError } from "./transferSlice";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

/** Chats one second apart, starting at `startAt` (so two stores in one test never tie). */
async function storeWithChats(name: string, startAt: number, ...texts: string[]) {
  const context = await createTestStore(undefined, name);
  context.clock.now = startAt;
  await context.store.getState().loadModel(MODEL);
  for (const text of texts) {
    context.store.getState().newChat();
    await context.store.getState().sendMessage(text);
    context.clock.now += 1000;
  }
  await settle();
  return context;
}

describe("transfer slice", () => {
  it("round-trips an export into another browser, and a second import adds nothing", async () => {
    const source = await storeWithChats("sigilo-transfer-source", 10_000, "First chat", "Second chat");
    const file = JSON.stringify(await source.store.getState().exportAsJson());

    const target = await storeWithChats("sigilo-transfer-target", 1_000, "Local chat");
    expect(await target.store.getState().importConversations(file)).toEqual({
      ok: true,
      addedConversations: 2,
      addedMessages: 4,
      alreadyPresent: 0,
    });
    expect(target.store.getState().conversations.map((c) => c.title)).toEqual([
      "Second chat",
      "First chat",
      "Local chat",
    ]);

    expect(await target.store.getState().importConversations(file)).toEqual({
      ok: true,
      addedConversations: 0,
      addedMessages: 0,
      alreadyPresent: 2,
    });
    expect(await target.storage.conversations.listConversations()).toHaveLength(3);
    expect(await target.storage.conversations.getAllMessages()).toHaveLength(6);
  });

  it("exports every conversation with its messages, newest first", async () => {
    const { store } = await storeWithChats("sigilo-transfer-all", 1_000, "Older chat", "Newer chat");
    const file = await store.getState().exportAsJson();
    expect(file.format).toBe("sigilo.conversations");
    expect(file.conversations.map((c) => [c.title, c.messages.length])).toEqual([
      ["Newer chat", 2],
      ["Older chat", 2],
    ]);
  });

  it("exports one conversation alone", async () => {
    const { store } = await storeWithChats("sigilo-transfer-one", 1_000, "Keep", "Other");
    const id = store.getState().conversations.find((c) => c.title === "Keep")!.id;
    const file = await store.getState().exportAsJson(id);
    expect(file.conversations.map((c) => c.title)).toEqual(["Keep"]);
    expect(await store.getState().exportAsMarkdown(markdownLabels(en, "en"), id)).toMatch(/^# Keep\n/);
  });

  it("refuses to export a conversation that no longer exists", async () => {
    const { store } = await storeWithChats("sigilo-transfer-gone", 1_000, "Soon gone");
    await expect(store.getState().exportAsJson("deleted-id")).rejects.toBeInstanceOf(ConversationGoneError);
  });

  it("changes nothing when the file is rejected", async () => {
    const { store, storage } = await storeWithChats("sigilo-transfer-reject", 1_000, "Existing");
    const before = await storage.conversations.getAllMessages();
    const result = await store
      .getState()
      .importConversations('{"format":"sigilo.conversations","version":1,');
    expect(result).toEqual({ ok: false, problem: { code: "truncated" } });
    expect(store.getState().conversations.map((c) => c.title)).toEqual(["Existing"]);
    expect(await storage.conversations.getAllMessages()).toEqual(before);
  });
});
