import { describe, expect, it } from "vitest";
import type { Conversation, Message } from "./conversation";
import { buildExport, conversationFileName, EXPORT_FORMAT } from "./exportFormat";
import { parseConversationExport, type ImportProblem } from "./importValidation";
import { conversationToMarkdown } from "./markdownExport";
import { plainMarkdownLabels as labels } from "../test/plainMarkdownLabels";

const conversation: Conversation = { id: "c1", title: "Tides", titled: true, createdAt: 1, updatedAt: 2 };
const messages: Message[] = [
  {
    id: "m1",
    conversationId: "c1",
    parentId: null,
    role: "user",
    content: "Why tides?",
    createdAt: 1,
    status: "complete",
  },
  {
    id: "m2",
    conversationId: "c1",
    parentId: "m1",
    role: "assistant",
    content: "The **moon**.",
    createdAt: 2,
    status: "stopped",
    modelId: "x",
  },
];
const file = buildExport([conversation], () => messages, new Date("2025-01-02T03:04:05Z"));
const text = JSON.stringify(file, null, 2);

function rejection(input: string): ImportProblem {
  const parsed = parseConversationExport(input);
  if (parsed.ok) throw new Error("expected a rejection");
  return parsed.problem;
}

function withChange(change: (data: Record<string, unknown> & typeof file) => void): string {
  const data = structuredClone(file) as Record<string, unknown> & typeof file;
  change(data);
  return JSON.stringify(data);
}

describe("export format v1", () => {
  it("has a versioned envelope with conversations and their messages", () => {
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: "2025-01-02T03:04:05.000Z",
      conversations: [{ ...conversation, messages }],
    });
  });

  it("reads back what it wrote", () => {
    expect(parseConversationExport(text)).toEqual({ ok: true, conversations: [{ conversation, messages }] });
  });

  it("reads back settings, instructions, the shown version, failures and stats", () => {
    const full: Conversation = {
      ...conversation,
      activeLeafId: "m2",
      systemPrompt: "Be brief.",
      settings: { temperature: 0.2, topP: 0.9, maxTokens: 256, presencePenalty: 0, frequencyPenalty: 1 },
    };
    const reply: Message = {
      ...messages[1]!,
      status: "error",
      failure: { code: "message-too-long", estimatedTokens: 5210, budget: 3072, maxReplyTokens: 1024 },
      stats: {
        promptTokens: 1,
        completionTokens: 2,
        prefillTokensPerSecond: 3,
        decodeTokensPerSecond: 4,
        timeToFirstTokenSeconds: 5,
      },
      omittedMessages: 2,
      finishReason: "length",
    };
    const written = JSON.stringify(buildExport([full], () => [messages[0]!, reply], new Date(0)));
    expect(parseConversationExport(written)).toEqual({
      ok: true,
      conversations: [{ conversation: full, messages: [messages[0], reply] }],
    });
  });

  it("leaves out fields this version does not know, so nothing unchecked is stored", () => {
    const parsed = parseConversationExport(
      withChange((data) => Object.assign(data.conversations[0]!, { pinned: 1 })),
    );
    expect(parsed.ok && parsed.conversations[0]!.conversation).toEqual(conversation);
  });

  it("names files after the title and date", () => {
    expect(conversationFileName("Ação: tides / moon!", new Date("2025-01-02T00:00:00Z"), "md")).toBe(
      "sigilo-acao-tides-moon-2025-01-02.md",
    );
  });

  it("writes Markdown with authors and status notes", () => {
    const failed: Message = { ...messages[1]!, id: "m3", content: "", status: "error", error: "GPU gone" };
    const markdown = conversationToMarkdown(conversation, [...messages, failed], labels);
    expect(markdown).toContain("# Tides\n\n_1970-01-01T00:00:00.001Z_");
    expect(markdown).toContain("## You\n\nWhy tides?");
    expect(markdown).toContain("## x\n\nThe **moon**.\n\n_(stopped)_");
    expect(markdown).toContain("_(empty)_\n\n_(failed: GPU gone)_");
  });
});

describe("import validation", () => {
  const tides = { conversation: 1, title: "Tides" };
  it.each<[string, string, ImportProblem]>([
    ["an empty file", "  ", { code: "empty" }],
    ["a truncated file", text.slice(0, text.length / 2), { code: "truncated" }],
    ["text that is not JSON", "hello, world", { code: "not-json" }],
    ["a foreign JSON file", '{"name":"package","version":"1.0.0"}', { code: "foreign" }],
    ["a JSON array", "[1,2]", { code: "foreign" }],
    [
      "a newer format",
      withChange((d) => Object.assign(d, { version: 2 })),
      { code: "newer-version", version: 2, supported: 1 },
    ],
    ["a missing version", withChange((d) => Object.assign(d, { version: "1" })), { code: "bad-version" }],
    ["a bad date", withChange((d) => Object.assign(d, { exportedAt: "soon" })), { code: "bad-date" }],
    [
      "no conversation list",
      withChange((d) => Object.assign(d, { conversations: {} })),
      { code: "no-conversation-list" },
    ],
    [
      "a conversation that is not a record",
      withChange((d) => Object.assign(d, { conversations: ["Tides"] })),
      { code: "not-a-conversation", conversation: 1 },
    ],
    [
      "a conversation without a title",
      withChange((d) => Object.assign(d.conversations[0]!, { title: 5 })),
      { code: "conversation-field", field: "title", conversation: 1 },
    ],
    [
      "a conversation without messages",
      withChange((d) => Object.assign(d.conversations[0]!, { messages: null })),
      { code: "no-message-list", ...tides },
    ],
    [
      "a damaged message",
      withChange((d) => Object.assign(d.conversations[0]!.messages[1]!, { role: "robot" })),
      { code: "message-damaged", message: 2, field: "role", ...tides },
    ],
    [
      "a message of another conversation",
      withChange((d) => Object.assign(d.conversations[0]!.messages[0]!, { conversationId: "c9" })),
      { code: "message-elsewhere", message: 1, ...tides },
    ],
    [
      "a message listed twice",
      withChange((d) => d.conversations[0]!.messages.push(structuredClone(d.conversations[0]!.messages[0]!))),
      { code: "message-twice", message: 3, ...tides },
    ],
    [
      "a conversation listed twice",
      withChange((d) => d.conversations.push(structuredClone(d.conversations[0]!))),
      { code: "conversation-twice", conversation: 2, title: "Tides" },
    ],
    [
      "settings storage would not read back (reproduction 3)",
      withChange((d) => Object.assign(d.conversations[0]!, { settings: { temperature: "hot" } })),
      { code: "conversation-field", field: "settings.temperature", ...tides },
    ],
    [
      "a shown version that is not text",
      withChange((d) => Object.assign(d.conversations[0]!, { activeLeafId: 7 })),
      { code: "conversation-field", field: "activeLeafId", ...tides },
    ],
    [
      "an unknown reason for a failed reply",
      withChange((d) => Object.assign(d.conversations[0]!.messages[1]!, { failure: { code: "gremlins" } })),
      { code: "message-damaged", message: 2, field: "failure.code", ...tides },
    ],
    [
      "an infinite date (1e999 parses as Infinity)",
      text.replace('"createdAt": 2', '"createdAt": 1e999'),
      { code: "message-damaged", message: 2, field: "createdAt", ...tides },
    ],
    [
      "JSON nested deeper than any export",
      `{"format":"sigilo.conversations","x":${"[".repeat(5000)}${"]".repeat(5000)}}`,
      { code: "too-deep", depth: 33, limit: 32 },
    ],
    [
      "a title of a megabyte",
      withChange((d) => Object.assign(d.conversations[0]!, { title: "t".repeat(1_000_000) })),
      { code: "text-too-long", field: "title", length: 1_000_000, limit: 10_000, conversation: 1 },
    ],
    [
      "a message id of a megabyte",
      withChange((d) => Object.assign(d.conversations[0]!.messages[0]!, { id: "i".repeat(1_000_000) })),
      { code: "message-id-too-long", message: 1, length: 1_000_000, limit: 256, ...tides },
    ],
    [
      "more conversations than the limit",
      withChange((d) => Object.assign(d, { conversations: Array.from({ length: 50_001 }, () => 0) })),
      { code: "too-many-conversations", count: 50_001, limit: 50_000 },
    ],
  ])("rejects %s, saying precisely why", (_case, input, problem) => {
    expect(rejection(input)).toEqual(problem);
  });
});

describe("files exported before branching", () => {
  it("link each message to the one written before it", () => {
    const legacy = structuredClone(file);
    for (const message of legacy.conversations[0]!.messages) delete (message as Partial<Message>).parentId;
    legacy.conversations[0]!.messages.reverse();
    const parsed = parseConversationExport(JSON.stringify(legacy));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.conversations[0]!.messages.map((m) => [m.id, m.parentId])).toEqual([
      ["m1", null],
      ["m2", "m1"],
    ]);
  });
});

describe("broken message trees", () => {
  it("are imported repaired, and the repair is reported (reproduction 1: a loop on the shown leaf)", () => {
    const looped = withChange((d) => {
      const [first, second] = d.conversations[0]!.messages;
      Object.assign(first!, { parentId: "m2" });
      Object.assign(second!, { parentId: "m1" });
      Object.assign(d.conversations[0]!, { activeLeafId: "m2", updatedAt: Date.now() });
    });
    const parsed = parseConversationExport(looped);
    if (!parsed.ok) throw new Error(parsed.problem.code);
    const [imported] = parsed.conversations;
    expect(imported!.messages.map((m) => [m.id, m.parentId])).toEqual([
      ["m1", null],
      ["m2", "m1"],
    ]);
    expect(imported!.repair).toEqual({ loopsCut: 1, reattached: 0, leafReset: false, leftOut: 0 });
  });

  it("a message answering itself, or a message missing, is repaired too", () => {
    const selfish = withChange((d) => Object.assign(d.conversations[0]!.messages[0]!, { parentId: "m1" }));
    const orphan = withChange((d) => Object.assign(d.conversations[0]!.messages[1]!, { parentId: "gone" }));
    const first = parseConversationExport(selfish);
    const second = parseConversationExport(orphan);
    expect(first.ok && first.conversations[0]!.repair).toMatchObject({ loopsCut: 1 });
    expect(second.ok && second.conversations[0]!.repair).toMatchObject({ reattached: 1 });
  });
});
