import { describe, expect, it } from "vitest";
import type { Conversation, Message } from "./conversation";
import { foldForSearch, searchConversations } from "./search";

const conversations: Conversation[] = [
  { id: "a", title: "Ação de despejo", titled: true, createdAt: 2, updatedAt: 2 },
  { id: "b", title: "Tides", titled: true, createdAt: 1, updatedAt: 1 },
];
const messages: Record<string, Message[]> = {
  a: [
    {
      id: "a1",
      conversationId: "a",
      parentId: null,
      role: "user",
      content: "Prazo da AÇÃO?",
      createdAt: 1,
      status: "complete",
    },
  ],
  b: [
    {
      id: "b1",
      conversationId: "b",
      parentId: null,
      role: "assistant",
      content: `${"x ".repeat(40)}The moon pulls the sea.${" y".repeat(40)}`,
      createdAt: 1,
      status: "complete",
    },
  ],
};
const search = (query: string, limit = 10) =>
  searchConversations(conversations, (id) => messages[id] ?? [], query, limit);

describe("search", () => {
  it("folds case and accents without changing positions", () => {
    expect(foldForSearch("Ação")).toBe("acao");
    expect(foldForSearch("Ação İstanbul").length).toBe("Ação İstanbul".length);
    expect(foldForSearch("CAFÉ")).toBe("cafe");
  });

  it("finds titles and messages, accent- and case-insensitively", () => {
    const { hits, complete } = search("acao");
    expect(complete).toBe(true);
    expect(hits.map((hit) => [hit.conversationId, hit.messageId])).toEqual([
      ["a", undefined],
      ["a", "a1"],
    ]);
    expect(hits[1]).toMatchObject({ before: "Prazo da ", match: "AÇÃO", after: "?" });
  });

  it("shows a short excerpt around a match in long text", () => {
    const [hit] = search("MOON").hits;
    expect(hit?.match).toBe("moon");
    expect(hit?.before.startsWith("…")).toBe(true);
    expect(hit?.after.endsWith("…")).toBe(true);
    expect(hit!.before.length + hit!.after.length).toBeLessThan(90);
  });

  it("stops at the limit and says so", () => {
    expect(search("a", 1)).toMatchObject({ complete: false, hits: [{ conversationId: "a" }] });
    expect(search("   ").hits).toEqual([]);
  });
});
