import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversation, message } from "./fixtures.testing";
import { openStorage, type SigiloStorage } from "./index";
import { uniqueDbName } from "./rawIndexedDb.testing";

/*
 * Start-up looks for replies cut off by a closed tab. It must not read every message ever written each time (a
 * long history makes that seconds of work before the first screen), so after a first full check it reads only
 * conversations updated since: a reply's start always saves its conversation with updatedAt = that moment.
 */
let storage: SigiloStorage;

beforeEach(async () => {
  storage = await openStorage({ name: uniqueDbName() });
});

afterEach(() => {
  storage.close();
});

/** A reply starting in `conversationId` at `time`, saved the way the chat saves a reply's start. */
function startReply(conversationId: string, time: number) {
  return storage.conversations.saveConversationWithMessages(
    conversation({ id: conversationId, updatedAt: time }),
    [
      message({
        id: `${conversationId}-reply-${time}`,
        conversationId,
        createdAt: time,
        status: "streaming",
      }),
    ],
  );
}

describe("looking for replies cut off by a closed tab", () => {
  it("finds a reply started after the last check, in a conversation updated since", async () => {
    const { conversations } = storage;
    await conversations.saveConversation(conversation({ id: "old", updatedAt: 100 }));
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);

    await startReply("old", 500);
    await startReply("new", 600);
    expect(await conversations.markStreamingAsInterrupted()).toBe(2);
    expect((await conversations.getMessages("old"))[0]?.status).toBe("interrupted");
    expect((await conversations.getMessages("new"))[0]?.status).toBe("interrupted");
  });

  it("reads only conversations updated since the last check, not every stored message", async () => {
    const { conversations } = storage;
    await conversations.saveConversation(conversation({ id: "years-ago", updatedAt: 100 }));
    await conversations.saveConversation(conversation({ id: "today", updatedAt: 900 }));
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);

    // Not something the app writes (a reply's start updates its conversation): it shows what is read.
    await conversations.saveMessage(
      message({ id: "untouched", conversationId: "years-ago", createdAt: 2, status: "streaming" }),
    );
    await startReply("today", 950);
    expect(await conversations.markStreamingAsInterrupted()).toBe(1);
    expect((await conversations.getMessages("years-ago"))[0]?.status).toBe("streaming");
  });

  it("reads every message again after an import, whose replies may have been streaming elsewhere", async () => {
    const { conversations } = storage;
    await conversations.saveConversation(conversation({ id: "here", updatedAt: 900 }));
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);

    await conversations.importConversations(
      [conversation({ id: "imported", updatedAt: 10 })],
      [message({ id: "cut-off", conversationId: "imported", createdAt: 5, status: "streaming" })],
    );
    expect(await conversations.markStreamingAsInterrupted()).toBe(1);
    expect((await conversations.getMessages("imported"))[0]?.status).toBe("interrupted");
  });

  it("still finds a reply when the clock was set back before the check", async () => {
    const { conversations } = storage;
    const inTheFuture = Date.now() + 86_400_000;
    await conversations.saveConversation(conversation({ id: "future", updatedAt: inTheFuture }));
    expect(await conversations.markStreamingAsInterrupted()).toBe(0);

    await startReply("now", Date.now());
    expect(await conversations.markStreamingAsInterrupted()).toBe(1);
  });
});
