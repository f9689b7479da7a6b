import { describe, expect, it } from "vitest";
import { toChatResult, toCompletionRequest } from "./chatCompletion";

describe("toCompletionRequest", () => {
  it("asks for a stream with usage and passes the sampling settings through", () => {
    expect(
      toCompletionRequest({
        modelId: "m",
        messages: [{ role: "user", content: "Hi" }],
        temperature: 0,
        maxTokens: 9,
        presencePenalty: 0.5,
        frequencyPenalty: -1,
      }),
    ).toEqual({
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: "user", content: "Hi" }],
      temperature: 0,
      top_p: undefined,
      max_tokens: 9,
      presence_penalty: 0.5,
      frequency_penalty: -1,
    });
  });
});

describe("toChatResult", () => {
  it("keeps web-llm's finish reason, treating tool calls as a normal stop", () => {
    expect(toChatResult("length", undefined, false)).toEqual({ finishReason: "length" });
    expect(toChatResult("tool_calls", undefined, false)).toEqual({ finishReason: "stop" });
    expect(toChatResult(undefined, undefined, false)).toEqual({ finishReason: "stop" });
  });

  it("reports abort whenever the reply was interrupted", () => {
    expect(toChatResult("stop", undefined, true)).toEqual({ finishReason: "abort" });
  });
});
