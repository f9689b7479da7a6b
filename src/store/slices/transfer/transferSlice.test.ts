import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/messages/en";
import { markdownLabels } from "../../../features/transfer/markdownLabels";
import { createTestStore, settle } from "../../testing/testStore";
import { planChangesSomething } from "../../../domain/importPlan";
import type { AppStore } from "../../createAppStore";
import { ConversationGoneError } from "./transferSlice";
import { chatGptExportSample } from "../../../test/chatgptExportSample";

const NOTES = { image: en.transfer.chatGpt.imageNote };

async function importText(store: AppStore, text: string) {
  const preview = await store.getState().previewImport(new Blob([text]), NOTES);
  if (!preview.ok) return preview;
  return store.getState().confirmImport(preview.plan);
}

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
    expect(await importText(target.store, file)).toEqual({
      ok: true,
      addedConversations: 2,
      addedMessages: 4,
      addedToExisting: 0,
      conversationsAlreadyHere: 0,
      messagesAlreadyHere: 0,
      clashing: 0,
      repaired: 0,
    });
    expect(target.store.getState().conversations.map((c) => c.title)).toEqual([
      "Second chat",
      "First chat",
      "Local chat",
    ]);

    const again = await target.store.getState().previewImport(new Blob([file]), NOTES);
    expect(again.ok && planChangesSomething(again.plan)).toBe(false);
    expect(again.ok && again.plan).toMatchObject({ conversationsAlreadyHere: 2, messagesAlreadyHere: 4 });
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
    const result = await importText(store, '{"format":"sigilo.conversations","version":1,');
    expect(result).toEqual({ ok: false, problem: { code: "truncated" } });
    expect(store.getState().conversations.map((c) => c.title)).toEqual(["Existing"]);
    expect(await storage.conversations.getAllMessages()).toEqual(before);
  });

  it("shows what a file would add to a conversation already here, and changes nothing before the go-ahead", async () => {
    const { store, storage } = await storeWithChats("sigilo-transfer-extend", 1_000, "Mine");
    const file = await store.getState().exportAsJson();
    const [mine] = file.conversations;
    const last = mine!.messages.at(-1)!;
    mine!.messages.push({ ...last, id: "foreign-reply", parentId: last.id, createdAt: last.createdAt + 1 });
    mine!.title = "A title the file gives it";
    const preview = await store.getState().previewImport(new Blob([JSON.stringify(file)]), NOTES);
    if (!preview.ok) throw new Error(preview.problem.code);
    expect(preview.plan).toMatchObject({
      newConversations: [],
      extended: [{ id: mine!.id, title: "Mine", added: 1 }],
      conversationsAlreadyHere: 1,
      messagesAlreadyHere: 2,
    });
    expect(await storage.conversations.getMessages(mine!.id)).toHaveLength(2);
    expect(await store.getState().confirmImport(preview.plan)).toMatchObject({
      ok: true,
      addedToExisting: 1,
      messagesAlreadyHere: 2,
    });
    expect(await storage.conversations.getMessages(mine!.id)).toHaveLength(3);
    expect((await storage.conversations.listConversations())[0]!.title).toBe("Mine");
  });

  it("refuses a file larger than the limit before reading it", async () => {
    const { store } = await storeWithChats("sigilo-transfer-large", 1_000);
    const huge = {
      size: 101 * 1024 * 1024,
      slice: () => new Blob(['{"format":"sigilo.conversations"']),
      text: () => Promise.reject(new Error("must not be read")),
    };
    expect(await store.getState().previewImport(huge as unknown as Blob, NOTES)).toEqual({
      ok: false,
      problem: { code: "too-large", bytes: 101 * 1024 * 1024, limit: 100 * 1024 * 1024 },
    });
  });

  it("imports a ChatGPT export through the same preview, and a second import adds nothing", async () => {
    const { store, storage } = await storeWithChats("sigilo-transfer-chatgpt", 1_000, "Mine");
    const file = JSON.stringify(chatGptExportSample());
    const preview = await store.getState().previewImport(new Blob([file]), NOTES);
    if (!preview.ok) throw new Error(preview.problem.code);
    expect(preview.plan.newConversations.map((c) => [c.title, c.messages])).toEqual([
      ["Trip to Lisbon", 7],
      ["Explain tides", 2],
    ]);
    expect(preview.plan.chatGpt?.skipped).toMatchObject({ images: 1, tool: 2, hidden: 3 });
    expect(await store.getState().confirmImport(preview.plan)).toMatchObject({
      ok: true,
      addedConversations: 2,
      addedMessages: 9,
      chatGptSkipped: { images: 1, tool: 2, hidden: 3, empty: 1, other: 1, conversations: 1 },
    });
    expect(store.getState().conversations.map((c) => c.title)).toContain("Trip to Lisbon");
    expect(await storage.conversations.getAllMessages()).toHaveLength(11);

    const again = await store.getState().previewImport(new Blob([file]), NOTES);
    expect(again.ok && planChangesSomething(again.plan)).toBe(false);
    expect(again.ok && again.plan).toMatchObject({ conversationsAlreadyHere: 2, messagesAlreadyHere: 9 });
  });
});
