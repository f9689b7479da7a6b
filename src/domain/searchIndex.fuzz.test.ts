import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import type { Message } from "./conversation";
import { excerpt, foldForSearch, type SearchHit } from "./search";
import { createSearchIndex, type ConversationSummary } from "./searchIndex";

/*
 * The index is updated piece by piece as messages are written; whatever the sequence of updates, a search must
 * find what a search over the same data from scratch finds, in the same order.
 */
const letters = fc.constantFrom("a", "A", "á", "Ã", "c", "ç", "Ç", "e", "É", " ", "İ", "ß", "o", "ö", "\n");
const text = fc.string({ unit: letters, maxLength: 12, size: "large" });
/** Short queries, so most of them match something and the order of many hits is checked. */
const shortQuery = fc.string({ unit: letters, minLength: 1, maxLength: 2 });
/** Queries of three characters and more: the conversations they cannot be in are skipped (trigramFilter.ts). */
const query = fc.oneof(shortQuery, fc.string({ unit: letters, minLength: 3, maxLength: 5 }));
const conversationId = fc.constantFrom("c1", "c2", "c3");
const messageId = fc.constantFrom("m1", "m2", "m3", "m4");

const operation = fc.oneof(
  fc.record({
    kind: fc.constant("conversation" as const),
    id: conversationId,
    title: text,
    updatedAt: fc.nat(5),
  }),
  fc.record({ kind: fc.constant("delete-conversation" as const), id: conversationId }),
  fc.record({
    kind: fc.constant("messages" as const),
    conversationId,
    messages: fc.array(fc.record({ id: messageId, content: text, createdAt: fc.nat(5) }), { maxLength: 3 }),
    replace: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("delete-messages" as const), conversationId, ids: fc.array(messageId) }),
);

type Model = { conversations: Map<string, ConversationSummary>; messages: Map<string, Map<string, Message>> };

function asMessage(
  conversationId: string,
  part: { id: string; content: string; createdAt: number },
): Message {
  return { ...part, conversationId, parentId: null, role: "user", status: "complete" };
}

/** Searching the model from scratch: the behaviour the index must keep. */
function searchFromScratch(model: Model, query: string, limit: number): SearchHit[] {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const hits: SearchHit[] = [];
  const conversations = [...model.conversations.values()].sort(
    (a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1),
  );
  for (const conversation of conversations) {
    const base = { conversationId: conversation.id, conversationTitle: conversation.title };
    const titleAt = foldForSearch(conversation.title).indexOf(needle);
    if (titleAt !== -1) hits.push({ ...base, ...excerpt(conversation.title, titleAt, needle.length) });
    const messages = [...(model.messages.get(conversation.id)?.values() ?? [])].sort(
      (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
    );
    for (const message of messages) {
      const at = foldForSearch(message.content).indexOf(needle);
      if (at !== -1)
        hits.push({
          ...base,
          messageId: message.id,
          role: message.role,
          ...excerpt(message.content, at, needle.length),
        });
    }
  }
  return hits.slice(0, limit);
}

describe("search index (fuzz)", () => {
  it("finds after any sequence of updates what a search from scratch finds", () => {
    fc.assert(
      fc.property(
        fc.array(operation, { minLength: 4, maxLength: 30 }),
        query,
        fc.integer({ min: 1, max: 8 }),
        (operations, query, limit) => {
          const index = createSearchIndex();
          const model: Model = { conversations: new Map(), messages: new Map() };
          for (const op of operations) {
            if (op.kind === "conversation") {
              index.putConversation(op);
              model.conversations.set(op.id, { id: op.id, title: op.title, updatedAt: op.updatedAt });
            } else if (op.kind === "delete-conversation") {
              index.deleteConversation(op.id);
              model.conversations.delete(op.id);
              model.messages.delete(op.id);
            } else if (op.kind === "messages") {
              // Within one update a message id appears once, as the store would send it.
              const unique = [
                ...new Map(op.messages.map((m) => [m.id, asMessage(op.conversationId, m)])).values(),
              ];
              if (op.replace) index.replaceMessages(op.conversationId, unique);
              else index.putMessages(op.conversationId, unique);
              const kept = op.replace
                ? new Map<string, Message>()
                : (model.messages.get(op.conversationId) ?? new Map());
              for (const message of unique) kept.set(message.id, message);
              model.messages.set(op.conversationId, kept);
            } else {
              index.deleteMessages(op.conversationId, op.ids);
              for (const id of op.ids) model.messages.get(op.conversationId)?.delete(id);
            }
          }
          const expected = searchFromScratch(model, query, limit);
          const { hits, complete } = index.search(query, limit);
          expect(hits).toEqual(expected);
          if (complete) expect(searchFromScratch(model, query, limit + 1)).toHaveLength(hits.length);
        },
      ),
      fuzzParameters(),
    );
  });
});
