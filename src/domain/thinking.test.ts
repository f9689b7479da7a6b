import { describe, expect, it } from "vitest";
import { answerOf, createThinkingClock, joinReplyParts, splitThinking } from "./thinking";

describe("splitThinking", () => {
  it("splits a reasoning model's reply into its thinking and its answer", () => {
    expect(splitThinking("<think>\nLet me count.\n</think>\n\nThree.")).toEqual([
      { kind: "thinking", text: "\nLet me count.\n", opened: true, closed: true },
      { kind: "answer", text: "\n\nThree." },
    ]);
  });

  it("reads an unclosed block as thinking still being written", () => {
    expect(splitThinking("<think>Counting the r's")).toEqual([
      { kind: "thinking", text: "Counting the r's", opened: true, closed: false },
    ]);
    expect(splitThinking("<think>")).toEqual([{ kind: "thinking", text: "", opened: true, closed: false }]);
  });

  it("keeps a reply that is only thinking, and an empty block", () => {
    expect(splitThinking("<think>Hmm.</think>")).toEqual([
      { kind: "thinking", text: "Hmm.", opened: true, closed: true },
    ]);
    expect(splitThinking("<think>\n\n</think>\n\nHi")).toEqual([
      { kind: "thinking", text: "\n\n", opened: true, closed: true },
      { kind: "answer", text: "\n\nHi" },
    ]);
  });

  it("finds several blocks, each opened at the start of a line", () => {
    const parts = splitThinking("<think>a</think>First.\n  <think>b</think>Second.");
    expect(parts.map((part) => [part.kind, part.text])).toEqual([
      ["thinking", "a"],
      ["answer", "First.\n  "],
      ["thinking", "b"],
      ["answer", "Second."],
    ]);
  });

  it("reads the text before a closer with no opener as thinking the template opened", () => {
    expect(splitThinking("Okay, the user asks…\n</think>\n\nHello!")).toEqual([
      { kind: "thinking", text: "Okay, the user asks…\n", opened: false, closed: true },
      { kind: "answer", text: "\n\nHello!" },
    ]);
  });

  it("leaves tags mentioned inside a line, and stray closers after the answer, in the answer", () => {
    expect(splitThinking("Wrap it in <think> tags.")).toEqual([
      { kind: "answer", text: "Wrap it in <think> tags." },
    ]);
    const later = "<think>x</think>Use </think> to close.";
    expect(splitThinking(later).at(-1)).toEqual({ kind: "answer", text: "Use </think> to close." });
  });

  it("gives nothing for an empty reply", () => {
    expect(splitThinking("")).toEqual([]);
  });
});

describe("answerOf", () => {
  it("leaves out every thinking block, trimmed", () => {
    expect(answerOf("<think>reasoning</think>\n\nThe answer is 3.")).toBe("The answer is 3.");
    expect(answerOf("<think>only thinking")).toBe("");
    expect(answerOf("No thinking here.  ")).toBe("No thinking here.  ");
  });
});

describe("joinReplyParts", () => {
  it("gives back the reply exactly", () => {
    for (const text of ["<think>a</think>b", "a</think>b", "<think>open", "x <think> y", ""]) {
      expect(joinReplyParts(splitThinking(text))).toBe(text);
    }
  });
});

describe("createThinkingClock", () => {
  it("times each block from its opener to its closer, and says so only when one closes", () => {
    const clock = createThinkingClock(1_000);
    expect(clock.observe("<think>", 1_100)).toBeUndefined();
    expect(clock.observe("<think>hmm", 5_000)).toBeUndefined();
    expect(clock.observe("<think>hmm</think>", 13_100)).toEqual([12]);
    expect(clock.observe("<think>hmm</think>Answer", 14_000)).toBeUndefined();
    expect(clock.observe("<think>hmm</think>Answer\n<think>", 20_000)).toBeUndefined();
    expect(clock.observe("<think>hmm</think>Answer\n<think>more</think>", 22_500)).toEqual([12, 2.5]);
  });

  it("times a block the template opened from the reply's start", () => {
    const clock = createThinkingClock(0);
    expect(clock.observe("So the user wants</think>", 7_000)).toEqual([7]);
  });

  it("keeps what was measured before a continuation, and times a block cut off from the continuation's start", () => {
    const clock = createThinkingClock(100_000, { content: "<think>a</think>b\n<think>cut", seconds: [4] });
    expect(clock.observe("<think>a</think>b\n<think>cut short</think>", 103_000)).toEqual([4, 3]);
    const unmeasured = createThinkingClock(0, { content: "<think>a</think>\n<think>b" });
    expect(unmeasured.observe("<think>a</think>\n<think>b</think>", 1_000)).toEqual([null, 1]);
  });
});
