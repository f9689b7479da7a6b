import { describe, expect, it } from "vitest";
import { CONTINUE_INSTRUCTION } from "../../../domain/chatHistory";
import { createTestStore, settle } from "../../testing/testStore";
import { selectShownMessages } from "./selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

async function readyStore() {
  const context = await createTestStore();
  await context.store.getState().loadModel(MODEL);
  return context;
}

function shown(state: ReturnType<Awaited<ReturnType<typeof readyStore>>["store"]["getState"]>) {
  return selectShownMessages(state).map(({ message, version }) => [
    message.role,
    message.content,
    `${version.index}/${version.count}`,
  ]);
}

describe("message actions", () => {
  it("regenerate adds a new version of the reply, asked with the same history", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("Hi");
    engine.replyPieces = ["Second", " try"];
    const reply = selectShownMessages(store.getState())[1]!.message;
    await store.getState().regenerateReply(reply.id);

    expect(engine.requests[1]?.messages).toEqual([{ role: "user", content: "Hi" }]);
    expect(shown(store.getState())).toEqual([
      ["user", "Hi", "1/1"],
      ["assistant", "Second try", "2/2"],
    ]);
    store.getState().switchVersion(reply.id);
    expect(shown(store.getState())[1]).toEqual(["assistant", "Hello there!", "1/2"]);
  });

  it("editing a message branches from there; the old branch can be shown again and is saved", async () => {
    const { store, engine, storage } = await readyStore();
    await store.getState().sendMessage("First");
    await store.getState().sendMessage("Second");
    const first = selectShownMessages(store.getState())[0]!.message;
    await store.getState().editMessage(first.id, "  First, edited  ");

    expect(engine.requests[2]?.messages).toEqual([{ role: "user", content: "First, edited" }]);
    expect(shown(store.getState())).toEqual([
      ["user", "First, edited", "2/2"],
      ["assistant", "Hello there!", "1/1"],
    ]);
    store.getState().switchVersion(first.id);
    expect(shown(store.getState()).map(([, content]) => content)).toEqual([
      "First",
      "Hello there!",
      "Second",
      "Hello there!",
    ]);

    // The switch is saved in the background: wait for the stored record, not for a fixed time.
    const shownLeaf = selectShownMessages(store.getState())[3]!.message.id;
    await expect
      .poll(async () => (await storage.conversations.listConversations())[0]?.activeLeafId)
      .toBe(shownLeaf);
    const conversation = (await storage.conversations.listConversations())[0]!;
    expect(await storage.conversations.getMessages(conversation.id)).toHaveLength(6);
  });

  it("continue appends to the same reply, asking with the reply so far, and adds up its tokens", async () => {
    const { store, engine } = await readyStore();
    engine.holdChat = true;
    const sending = store.getState().sendMessage("Story please");
    await settle();
    store.getState().stopGenerating();
    engine.releaseChat?.();
    await sending;
    const stopped = selectShownMessages(store.getState())[1]!.message;
    expect(stopped).toMatchObject({ content: "Hello", status: "stopped" });

    engine.holdChat = false;
    engine.replyPieces = [" and", " more"];
    await store.getState().continueReply(stopped.id);

    expect(engine.requests[1]?.messages).toEqual([
      { role: "user", content: "Story please" },
      { role: "assistant", content: "Hello" },
      { role: "user", content: CONTINUE_INSTRUCTION },
    ]);
    const continued = selectShownMessages(store.getState())[1]!.message;
    expect(continued).toMatchObject({ id: stopped.id, content: "Hello and more", status: "complete" });
    expect(continued.stats?.completionTokens).toBe(2);
    expect(selectShownMessages(store.getState())).toHaveLength(2);
  });

  it("delete removes a message from memory and storage, relinking what followed it", async () => {
    const { store, storage } = await readyStore();
    await store.getState().sendMessage("One");
    await store.getState().sendMessage("Two");
    const [, firstReply, second] = selectShownMessages(store.getState()).map((entry) => entry.message);
    await store.getState().deleteMessage(second!.id);

    expect(shown(store.getState()).map(([, content]) => content)).toEqual([
      "One",
      "Hello there!",
      "Hello there!",
    ]);
    const stored = await storage.conversations.getMessages(second!.conversationId);
    expect(stored.map((message) => message.id)).not.toContain(second!.id);
    expect(stored.at(-1)?.parentId).toBe(firstReply!.id);
  });

  it("does nothing while a reply is being written", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("Hi");
    const reply = selectShownMessages(store.getState())[1]!.message;
    engine.holdChat = true;
    const regenerating = store.getState().regenerateReply(reply.id);
    await settle();
    await store.getState().deleteMessage(reply.id);
    await store.getState().regenerateReply(reply.id);
    engine.releaseChat?.();
    await regenerating;
    expect(engine.requests).toHaveLength(2);
    expect(shown(store.getState())[1]?.[2]).toBe("2/2");
  });
});

describe("requests", () => {
  it("send the conversation's system prompt first and its settings", async () => {
    const { store, engine } = await readyStore();
    store.getState().setInstructions({
      systemPrompt: "  Be brief.  ",
      settings: { temperature: 0.1, topP: 0.5, maxTokens: 64, presencePenalty: 1, frequencyPenalty: -1 },
    });
    await store.getState().sendMessage("Hi");
    expect(engine.requests[0]).toEqual({
      modelId: MODEL,
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ],
      temperature: 0.1,
      topP: 0.5,
      maxTokens: 64,
      presencePenalty: 1,
      frequencyPenalty: -1,
    });
    expect(store.getState().conversations[0]?.systemPrompt).toBe("Be brief.");
    expect(store.getState().draftInstructions).toBeUndefined();
  });

  it("leave out the oldest turns that do not fit, and record how many on the reply", async () => {
    const { store, engine } = await readyStore();
    // 2,000 estimated tokens each; 3,072 fit.
    engine.replyPieces = ["x".repeat(6000)];
    await store.getState().sendMessage("y".repeat(6000));
    engine.replyPieces = ["ok"];
    await store.getState().sendMessage("Short question");
    expect(engine.requests[1]?.messages).toEqual([{ role: "user", content: "Short question" }]);
    expect(selectShownMessages(store.getState())[3]?.message.omittedMessages).toBe(2);
    expect(selectShownMessages(store.getState())[1]?.message.omittedMessages).toBeUndefined();
  });

  it("retry once with a tighter budget when the engine reports a context-window overflow", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("a ".repeat(300));
    engine.rejectNextChat = {
      kind: "context-window-exceeded",
      message:
        "ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 9000; context window size: 4096",
    };
    await store.getState().sendMessage("Next");
    expect(engine.requests).toHaveLength(3);
    expect(engine.requests[2]?.messages).toEqual([{ role: "user", content: "Next" }]);
    const reply = selectShownMessages(store.getState())[3]!.message;
    expect(reply).toMatchObject({ status: "complete", content: "Hello there!", omittedMessages: 2 });
    expect(reply.error).toBeUndefined();
  });

  it("give up with a reason (not the engine's English) when the engine still finds the prompt too long", async () => {
    const { store, engine } = await readyStore();
    engine.chatFailure = {
      kind: "context-window-exceeded",
      message: "ContextWindowSizeExceededError: too long",
    };
    await store.getState().sendMessage("Hello");
    const reply = selectShownMessages(store.getState())[1]!.message;
    expect(reply).toMatchObject({ status: "error", failure: { code: "conversation-too-long" } });
    expect(reply.error).toBeUndefined();

    engine.chatFailure = { kind: "unknown", message: "Error: the engine broke" };
    await store.getState().sendMessage("Again");
    const again = selectShownMessages(store.getState())[3]!.message;
    expect(again).toMatchObject({ status: "error", error: "Error: the engine broke" });
    expect(again.failure).toBeUndefined();

    engine.chatFailure = { kind: "unknown", message: "worker-stopped", reason: { code: "worker-stopped" } };
    await store.getState().sendMessage("Once more");
    const third = selectShownMessages(store.getState())[5]!.message;
    expect(third).toMatchObject({ failure: { code: "engine-stopped", cause: "worker-stopped" } });
    expect(third.error).toBeUndefined();
  });

  it("explain a message too long for the model instead of sending it", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("z".repeat(20_000));
    expect(engine.requests).toHaveLength(0);
    const reply = selectShownMessages(store.getState())[1]!.message;
    expect(reply.status).toBe("error");
    expect(reply.error).toBeUndefined();
    expect(reply.failure).toMatchObject({ code: "message-too-long", maxReplyTokens: 1024 });
    const { estimatedTokens, budget } = reply.failure as { estimatedTokens: number; budget: number };
    expect(estimatedTokens).toBeGreaterThan(budget);
  });

  it("shows the version holding a hidden message, except while a reply is being written in that conversation", async () => {
    const { store, engine } = await readyStore();
    await store.getState().sendMessage("Hi");
    const reply = selectShownMessages(store.getState())[1]!.message;
    await store.getState().regenerateReply(reply.id);
    expect(shown(store.getState())[1]).toEqual(["assistant", "Hello there!", "2/2"]);

    // While a reply streams here, switching would hide it: nothing changes.
    engine.holdChat = true;
    const sending = store.getState().sendMessage("More");
    await settle();
    store.getState().showBranchOf(reply.id);
    expect(shown(store.getState()).map(([, , version]) => version)).toEqual(["1/1", "2/2", "1/1", "1/1"]);
    engine.releaseChat?.();
    await sending;

    store.getState().showBranchOf(reply.id);
    expect(shown(store.getState())).toEqual([
      ["user", "Hi", "1/1"],
      ["assistant", "Hello there!", "1/2"],
    ]);
  });
});
