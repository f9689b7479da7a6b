import { describe, expect, it } from "vitest";
import { conversation, message } from "../services/storage/fixtures.testing";
import { checkConversation, checkMessage, readConversation, readMessage } from "./recordSchema";

const isConversation = (value: unknown) => readConversation(value) !== undefined;
const isMessage = (value: unknown) => readMessage(value) !== undefined;

describe("conversation records", () => {
  it("accepts a well-formed conversation, with or without its branch, instructions and settings", () => {
    expect(isConversation(conversation({ id: "c1" }))).toBe(true);
    expect(
      isConversation(
        conversation({
          id: "c1",
          activeLeafId: "m9",
          systemPrompt: "Be brief.",
          settings: { temperature: 0, topP: 1, maxTokens: 10, presencePenalty: -2, frequencyPenalty: 2 },
        }),
      ),
    ).toBe(true);
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["a string", "c1"],
    ["an empty id", { ...conversation({ id: "c1" }), id: "" }],
    ["a numeric title", { ...conversation({ id: "c1" }), title: 3 }],
    ["a missing titled flag", { id: "c1", title: "t", createdAt: 1, updatedAt: 1 }],
    ["a NaN timestamp", { ...conversation({ id: "c1" }), updatedAt: Number.NaN }],
    ["a string timestamp", { ...conversation({ id: "c1" }), createdAt: "2024-01-01" }],
    ["a numeric system prompt", { ...conversation({ id: "c1" }), systemPrompt: 1 }],
    ["an out-of-range setting", { ...conversation({ id: "c1" }), settings: { temperature: 9 } }],
    ["a setting that is text", { ...conversation({ id: "c1" }), settings: { temperature: "hot" } }],
    ["an infinite timestamp", { ...conversation({ id: "c1" }), createdAt: Infinity }],
  ])("rejects %s", (_label, value) => {
    expect(isConversation(value)).toBe(false);
  });
});

describe("message records", () => {
  const valid = message({ id: "m1", conversationId: "c1", createdAt: 1 });

  it("accepts a minimal message and one with every optional field", () => {
    expect(isMessage(valid)).toBe(true);
    expect(
      isMessage({
        ...valid,
        role: "assistant",
        status: "error",
        modelId: "some-model",
        finishReason: "length",
        error: "GPU lost",
        parentId: "m0",
        omittedMessages: 4,
        stats: {
          promptTokens: 10,
          completionTokens: 20,
          prefillTokensPerSecond: 100,
          decodeTokensPerSecond: 12.5,
          timeToFirstTokenSeconds: 0.4,
        },
      }),
    ).toBe(true);
  });

  it("accepts optional fields that are present but undefined", () => {
    expect(isMessage({ ...valid, modelId: undefined, stats: undefined })).toBe(true);
  });

  it("accepts a reply with no decode speed (a one-token reply has none to measure), never a NaN one", () => {
    const oneToken = {
      promptTokens: 10,
      completionTokens: 1,
      prefillTokensPerSecond: 100,
      timeToFirstTokenSeconds: 0.4,
    };
    expect(isMessage({ ...valid, role: "assistant", stats: oneToken })).toBe(true);
    const unmeasured = { ...oneToken, decodeTokensPerSecond: Number.NaN };
    expect(isMessage({ ...valid, role: "assistant", stats: unmeasured })).toBe(false);
  });

  it.each([
    ["a missing status (version 1 record)", { ...valid, status: undefined }],
    ["a missing parentId (version 2 record)", { ...valid, parentId: undefined }],
    ["an empty parentId", { ...valid, parentId: "" }],
    ["an unknown status", { ...valid, status: "pending" }],
    ["an unknown role", { ...valid, role: "robot" }],
    ["missing content", { ...valid, content: undefined }],
    ["an empty conversationId", { ...valid, conversationId: "" }],
    ["an unknown finishReason", { ...valid, finishReason: "timeout" }],
    ["incomplete stats", { ...valid, stats: { promptTokens: 1 } }],
    ["a numeric error", { ...valid, error: 500 }],
    ["an unknown failure", { ...valid, failure: { code: "something-new" } }],
    ["a failure without its figures", { ...valid, failure: { code: "message-too-long", budget: 3 } }],
    ["a stopped engine without its cause", { ...valid, failure: { code: "engine-stopped", cause: "tired" } }],
    [
      "negative failure figures",
      { ...valid, failure: { code: "message-too-long", estimatedTokens: -1, budget: 1, maxReplyTokens: 1 } },
    ],
  ])("rejects %s", (_label, value) => {
    expect(isMessage(value)).toBe(false);
  });
});

describe("what a read returns", () => {
  it("leaves out fields this version does not know, including hostile keys", () => {
    const stored = JSON.parse(
      '{"id":"c1","title":"t","titled":true,"createdAt":1,"updatedAt":2,"pinned":1,"__proto__":{"x":1},"constructor":2}',
    );
    const read = readConversation(stored);
    expect(read).toEqual({ id: "c1", title: "t", titled: true, createdAt: 1, updatedAt: 2 });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  it("accepts every reason a reply can fail for", () => {
    const valid = message({ id: "m1", conversationId: "c1", createdAt: 1 });
    for (const failure of [
      { code: "conversation-too-long" },
      { code: "message-too-long", estimatedTokens: 5000, budget: 3000, maxReplyTokens: 1024 },
      { code: "engine-stopped", cause: "worker-stopped" },
      { code: "engine-stopped", cause: "engine-shut-down" },
    ]) {
      expect(readMessage({ ...valid, failure })).toMatchObject({ failure });
    }
  });

  it("names the first wrong field, nested ones by their path", () => {
    expect(checkConversation({ ...conversation({ id: "c1" }), settings: { temperature: "hot" } })).toEqual({
      ok: false,
      field: "settings.temperature",
    });
    expect(checkMessage({ ...message({ id: "m", conversationId: "c", createdAt: 1 }), role: 7 })).toEqual({
      ok: false,
      field: "role",
    });
    expect(checkMessage([1, 2])).toEqual({ ok: false, field: "" });
  });
});
