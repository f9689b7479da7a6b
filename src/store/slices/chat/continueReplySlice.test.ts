import { describe, expect, it } from "vitest";
import { CONTINUE_INSTRUCTION } from "../../../domain/continuation";
import { createTestStore, settle } from "../../testing/testStore";
import { selectActiveMessages } from "../conversations/selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

/** A conversation whose reply was stopped after "Hello". */
async function storeWithStoppedReply() {
  const context = await createTestStore();
  const { store, engine } = context;
  await store.getState().loadModel(MODEL);
  engine.holdChat = true;
  const sending = store.getState().sendMessage("Tell me a story");
  await settle();
  store.getState().stopGenerating();
  engine.releaseChat?.();
  await sending;
  engine.holdChat = false;
  return context;
}

describe("continueReply", () => {
  it("sends the cut-off reply and asks the model to go on, appending to the same message", async () => {
    const { store, engine, storage } = await storeWithStoppedReply();
    const stopped = selectActiveMessages(store.getState())[1]!;
    expect(stopped).toMatchObject({ status: "stopped", content: "Hello" });
    engine.replyPieces = [" once", " upon a time."];

    await store.getState().continueReply(stopped.id);

    expect(engine.requests.at(-1)?.messages).toEqual([
      { role: "user", content: "Tell me a story" },
      { role: "assistant", content: "Hello" },
      { role: "user", content: CONTINUE_INSTRUCTION },
    ]);
    const messages = selectActiveMessages(store.getState());
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({
      id: stopped.id,
      content: "Hello once upon a time.",
      status: "complete",
    });
    await settle();
    const stored = await storage.conversations.getMessages(store.getState().activeConversationId!);
    expect(stored[1]).toMatchObject({ content: "Hello once upon a time.", status: "complete" });
  });

  it("does nothing for a reply that finished, or one that is not the last message", async () => {
    const { store, engine } = await storeWithStoppedReply();
    const stoppedId = selectActiveMessages(store.getState())[1]!.id;
    await store.getState().sendMessage("Next question");
    const requests = engine.requests.length;

    await store.getState().continueReply(stoppedId);
    await store.getState().continueReply(selectActiveMessages(store.getState())[3]!.id);
    expect(engine.requests).toHaveLength(requests);
  });
});
