import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { answerOf, createThinkingClock, joinReplyParts, splitThinking } from "./thinking";

/** Text made mostly of the pieces that matter: tags, partial tags, line breaks, spaces. */
const hostileReply = fc
  .array(
    fc.oneof(
      fc.constantFrom("<think>", "</think>", "<think", "</thi", "think>", "\n", " ", "\t", "<", ">", "/"),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(""));

describe("splitThinking on hostile replies", () => {
  it("never throws and loses no text", () => {
    fc.assert(
      fc.property(fc.oneof(hostileReply, fc.string()), (reply) => {
        const parts = splitThinking(reply);
        expect(joinReplyParts(parts)).toBe(reply);
        // Parts alternate sensibly: no empty answer part, and only the last block may be unclosed.
        expect(parts.every((part) => part.kind !== "answer" || part.text !== "")).toBe(true);
        expect(parts.slice(0, -1).every((part) => part.kind === "answer" || part.closed)).toBe(true);
        expect(answerOf(reply).length).toBeLessThanOrEqual(reply.length);
      }),
      fuzzParameters(),
    );
  });

  it("times any stream of any reply without throwing, one figure per closed block", () => {
    fc.assert(
      fc.property(hostileReply, fc.integer({ min: 1, max: 7 }), (reply, step) => {
        const clock = createThinkingClock(0);
        let latest: (number | null)[] | undefined;
        for (let end = 0; end <= reply.length; end += step) {
          latest = clock.observe(reply.slice(0, end), end) ?? latest;
        }
        latest = clock.observe(reply, reply.length + 1) ?? latest;
        const closed = splitThinking(reply).filter((part) => part.kind === "thinking" && part.closed);
        expect(latest?.length ?? 0).toBeLessThanOrEqual(closed.length);
        expect((latest ?? []).every((seconds) => seconds === null || seconds >= 0)).toBe(true);
      }),
      fuzzParameters(),
    );
  });

  // A looping model writes tags by the thousand; splitting stays linear (a quadratic scan would not finish).
  it("splits a reply of 100,000 tags", () => {
    const reply = "\n<think>".repeat(50_000) + "</think>x".repeat(50_000) + " <think>".repeat(50_000);
    expect(joinReplyParts(splitThinking(reply))).toBe(reply);
  });
});
