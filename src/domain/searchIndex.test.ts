import { describe, expect, it } from "vitest";
import type { Message } from "./conversation";
import { createSearchIndex } from "./searchIndex";

function message(id: string, conversationId: string, content: string, createdAt: number): Message {
  return { id, conversationId, parentId: null, role: "user", content, createdAt, status: "complete" };
}

function sampleIndex() {
  const index = createSearchIndex();
  index.putConversation({ id: "a", title: "Ação de despejo", updatedAt: 2 });
  index.putConversation({ id: "b", title: "Tides", updatedAt: 1 });
  index.replaceMessages("a", [
    message("a2", "a", "Second: the AÇÃO again", 2),
    message("a1", "a", "Prazo da AÇÃO?", 1),
  ]);
  index.replaceMessages("b", [message("b1", "b", "The moon pulls the sea.", 1)]);
  return index;
}

const where = (index: ReturnType<typeof createSearchIndex>, query: string, limit = 10) =>
  index.search(query, limit).hits.map((hit) => `${hit.conversationId}/${hit.messageId ?? "title"}`);

describe("search index", () => {
  it("finds titles and messages, accent- and case-insensitively, newest conversation first, oldest message first", () => {
    const index = sampleIndex();
    expect(where(index, "acao")).toEqual(["a/title", "a/a1", "a/a2"]);
    expect(index.search("acao", 10).hits[1]).toMatchObject({
      before: "Prazo da ",
      match: "AÇÃO",
      after: "?",
      role: "user",
    });
    expect(where(index, "MOON")).toEqual(["b/b1"]);
    expect(index.size()).toEqual({ conversations: 2, messages: 3 });
  });

  it("stops at the limit and says so; an empty query finds nothing", () => {
    const index = sampleIndex();
    expect(index.search("a", 1)).toMatchObject({ complete: false, hits: [{ conversationId: "a" }] });
    expect(index.search("   ", 10)).toEqual({ hits: [], complete: true });
  });

  it("is updated in place: a reply's new text, a renamed or newer conversation, deletions", () => {
    const index = sampleIndex();
    index.putMessages("b", [message("b2", "b", "Waves", 2)]);
    expect(where(index, "waves")).toEqual(["b/b2"]);
    index.putMessages("b", [message("b2", "b", "Waves and tides", 2)]);
    expect(where(index, "tides")).toEqual(["b/title", "b/b2"]);

    index.putConversation({ id: "b", title: "Ocean", updatedAt: 5 });
    expect(where(index, "the")).toEqual(["b/b1", "a/a2"]);
    expect(where(index, "tides")).toEqual(["b/b2"]);

    index.deleteMessages("b", ["b2"]);
    expect(where(index, "waves")).toEqual([]);
    index.deleteConversation("a");
    expect(where(index, "acao")).toEqual([]);
    expect(index.size()).toEqual({ conversations: 1, messages: 1 });
    expect([...index.conversationIds()]).toEqual(["b"]);
  });

  it("forgets everything when cleared", () => {
    const index = sampleIndex();
    index.clear();
    expect(where(index, "a")).toEqual([]);
    expect(index.size()).toEqual({ conversations: 0, messages: 0 });
  });
});
