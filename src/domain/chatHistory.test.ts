import { describe, expect, it } from "vitest";
import { CONTINUE_INSTRUCTION, chatTurnsFrom, turnsForReply } from "./chatHistory";
import type { Message } from "./conversation";

let clock = 0;
function message(role: Message["role"], content: string, extra: Partial<Message> = {}): Message {
  clock += 1;
  return {
    id: `m${clock}`,
    conversationId: "c",
    parentId: null,
    role,
    content,
    createdAt: clock,
    status: "complete",
    ...extra,
  };
}

describe("chatTurnsFrom", () => {
  it("sends earlier replies without their thinking, as Qwen3's template expects", () => {
    const turns = chatTurnsFrom([
      message("user", "How many r's in strawberry?"),
      message("assistant", "<think>\ns-t-r-a-w-b-e-r-r-y: three.\n</think>\n\nThere are 3."),
      message("user", "And in blueberry?"),
    ]);
    expect(turns).toEqual([
      { role: "user", content: "How many r's in strawberry?" },
      { role: "assistant", content: "There are 3." },
      { role: "user", content: "And in blueberry?" },
    ]);
  });

  it("leaves out every block of a reply with several, and a reply that was only thinking", () => {
    const turns = chatTurnsFrom([
      message("user", "Q1"),
      message("assistant", "<think>a</think>One.\n<think>b</think>Two."),
      message("user", "Q2"),
      message("assistant", "<think>stopped while thinking", { status: "stopped" }),
      message("user", "Q3"),
    ]);
    expect(turns.map((turn) => turn.content)).toEqual(["Q1", "One.\nTwo.", "Q2", "Q3"]);
  });

  it("sends the user's own text as typed, tags and all, and leaves out failed replies", () => {
    const turns = chatTurnsFrom([
      message("user", "<think>is this a tag?</think>"),
      message("assistant", "partial", { status: "error" }),
    ]);
    expect(turns).toEqual([{ role: "user", content: "<think>is this a tag?</think>" }]);
  });
});

describe("turnsForReply", () => {
  it("puts the system prompt first and strips earlier thinking", () => {
    const path = [
      message("user", "Hi"),
      message("assistant", "<think>greet</think>Hello!"),
      message("user", "Bye"),
    ];
    expect(turnsForReply(path, "  Be brief. ", false)).toEqual({
      turns: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello!" },
        { role: "user", content: "Bye" },
      ],
      requiredTail: 1,
    });
  });

  it("keeps the thinking of the reply being continued, so the model goes on from where it stopped", () => {
    const earlier = message("assistant", "<think>old</think>Old answer.");
    const cut = message("assistant", "<think>half a thought", { status: "stopped" });
    const path = [message("user", "Q1"), earlier, message("user", "Q2"), cut];
    const { turns, requiredTail } = turnsForReply(path, undefined, true);
    expect(turns).toEqual([
      { role: "user", content: "Q1" },
      { role: "assistant", content: "Old answer." },
      { role: "user", content: "Q2" },
      { role: "assistant", content: "<think>half a thought" },
      { role: "user", content: CONTINUE_INSTRUCTION },
    ]);
    expect(requiredTail).toBe(3);
  });
});
