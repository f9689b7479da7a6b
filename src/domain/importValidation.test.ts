import { describe, expect, it } from "vitest";
import type { Conversation, Message } from "./conversation";
import { buildExport, conversationFileName, EXPORT_FORMAT } from "./exportFormat";
import { parseConversationExport } from "./importValidation";
import { conversationToMarkdown } from "./markdownExport";

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

function rejection(input: string): string {
  const parsed = parseConversationExport(input);
  if (parsed.ok) throw new Error("expected a rejection");
  return parsed.error;
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
    expect(parseConversationExport(text)).toEqual({ ok: true, file });
  });

  it("keeps fields added by later versions of a record", () => {
    const parsed = parseConversationExport(
      withChange((data) => Object.assign(data.conversations[0]!, { pinned: 1 })),
    );
    expect(parsed.ok && parsed.file.conversations[0]).toMatchObject({ pinned: 1 });
  });

  it("names files after the title and date", () => {
    expect(conversationFileName("Ação: tides / moon!", new Date("2025-01-02T00:00:00Z"), "md")).toBe(
      "sigilo-acao-tides-moon-2025-01-02.md",
    );
  });

  it("writes Markdown with authors and status notes", () => {
    const markdown = conversationToMarkdown(conversation, messages);
    expect(markdown).toContain("# Tides");
    expect(markdown).toContain("## You\n\nWhy tides?");
    expect(markdown).toContain("The **moon**.\n\n_(stopped)_");
  });
});

describe("import validation", () => {
  it.each([
    ["an empty file", "  ", "The file is empty."],
    ["a truncated file", text.slice(0, text.length / 2), "it looks truncated"],
    ["text that is not JSON", "hello, world", "not valid JSON"],
    ["a foreign JSON file", '{"name":"package","version":"1.0.0"}', "not a Sigilo conversations export"],
    ["a JSON array", "[1,2]", "not a Sigilo conversations export"],
    [
      "a newer format",
      withChange((d) => Object.assign(d, { version: 2 })),
      "newer version of Sigilo (format version 2)",
    ],
    ["a missing version", withChange((d) => Object.assign(d, { version: "1" })), "format version is missing"],
    ["a bad date", withChange((d) => Object.assign(d, { exportedAt: "soon" })), "export date"],
    [
      "no conversation list",
      withChange((d) => Object.assign(d, { conversations: {} })),
      "no list of conversations",
    ],
    [
      "a conversation without a title",
      withChange((d) => Object.assign(d.conversations[0]!, { title: 5 })),
      "Conversation 1 has no valid “title”",
    ],
    [
      "a conversation without messages",
      withChange((d) => Object.assign(d.conversations[0]!, { messages: null })),
      "Conversation 1 (“Tides”) has no list of messages.",
    ],
    [
      "a damaged message",
      withChange((d) => Object.assign(d.conversations[0]!.messages[1]!, { role: "robot" })),
      "Message 2 of Conversation 1 (“Tides”) is damaged",
    ],
    [
      "a message of another conversation",
      withChange((d) => Object.assign(d.conversations[0]!.messages[0]!, { conversationId: "c9" })),
      "belongs to a different conversation",
    ],
    [
      "a conversation listed twice",
      withChange((d) => d.conversations.push(structuredClone(d.conversations[0]!))),
      "Conversation 2 (“Tides”) appears twice",
    ],
  ])("rejects %s with a specific message", (_case, input, message) => {
    expect(rejection(input)).toContain(message);
  });
});

describe("files exported before branching", () => {
  it("link each message to the one written before it", () => {
    const legacy = structuredClone(file);
    for (const message of legacy.conversations[0]!.messages) delete (message as Partial<Message>).parentId;
    legacy.conversations[0]!.messages.reverse();
    const parsed = parseConversationExport(JSON.stringify(legacy));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.file.conversations[0]!.messages.map((m) => [m.id, m.parentId])).toEqual([
      ["m1", null],
      ["m2", "m1"],
    ]);
  });
});
