import { describe, expect, it } from "vitest";
import { isReplyFailure } from "./replyFailure";

describe("isReplyFailure", () => {
  it("accepts the known reasons with their figures and nothing else", () => {
    expect(isReplyFailure({ code: "conversation-too-long" })).toBe(true);
    expect(
      isReplyFailure({ code: "message-too-long", estimatedTokens: 5000, budget: 3000, maxReplyTokens: 1024 }),
    ).toBe(true);
    expect(isReplyFailure({ code: "message-too-long", estimatedTokens: 5000 })).toBe(false);
    expect(isReplyFailure({ code: "engine-stopped", cause: "worker-stopped" })).toBe(true);
    expect(isReplyFailure({ code: "engine-stopped", cause: "engine-shut-down" })).toBe(true);
    expect(isReplyFailure({ code: "engine-stopped", cause: "tired" })).toBe(false);
    expect(isReplyFailure({ code: "something-new" })).toBe(false);
    expect(isReplyFailure("The reply failed")).toBe(false);
    expect(isReplyFailure(null)).toBe(false);
  });
});
