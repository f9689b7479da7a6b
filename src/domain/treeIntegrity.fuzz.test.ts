import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import type { Conversation, Message } from "./conversation";
import { ancestry, buildTree, leafRevealing, newestLeaf, pathTo, planDeletion } from "./messageTree";
import { checkTree, isValidTree } from "./treeIntegrity";

const IDS = ["a", "b", "c", "d", "e", "f", "g", "__proto__", "constructor"];
const conversation: Conversation = { id: "c", title: "t", titled: true, createdAt: 0, updatedAt: 0 };

/** Any links at all between a few messages: self-parents, loops, missing parents, other conversations, repeats. */
const hostileMessages = fc.array(
  fc.record({
    id: fc.constantFrom(...IDS),
    parentId: fc.option(fc.constantFrom(...IDS, "missing"), { nil: null }),
    conversationId: fc.constantFrom("c", "c", "c", "other"),
    createdAt: fc.integer({ min: 0, max: 5 }),
  }),
  { maxLength: 14 },
);
const leaf = fc.option(fc.constantFrom(...IDS, "missing"), { nil: undefined });

function toMessages(
  records: { id: string; parentId: string | null; conversationId: string; createdAt: number }[],
) {
  return records
    .map((record): Message => ({ ...record, role: "user", content: record.id, status: "complete" }))
    .sort((a, b) => a.createdAt - b.createdAt);
}

describe("message trees, whatever the records say", () => {
  it("every walk ends, and stays within the messages it was given", () => {
    fc.assert(
      fc.property(hostileMessages, leaf, fc.constantFrom(...IDS), (records, activeLeafId, target) => {
        const messages = toMessages(records);
        const tree = buildTree(messages.filter((m) => m.conversationId === "c"));
        const bound = tree.byId.size;
        expect(pathTo(tree, activeLeafId).length).toBeLessThanOrEqual(bound);
        expect(ancestry(tree, target).length).toBeLessThanOrEqual(bound);
        newestLeaf(tree, null);
        leafRevealing(tree, activeLeafId, target);
        const plan = planDeletion(tree, target, activeLeafId);
        expect(new Set(plan.removedIds).size).toBe(plan.removedIds.length);
      }),
      fuzzParameters(),
    );
  });

  it("repair gives a valid tree that keeps every message of the conversation, once", () => {
    fc.assert(
      fc.property(hostileMessages, leaf, (records, activeLeafId) => {
        const checked = checkTree({ ...conversation, activeLeafId }, toMessages(records));
        expect(isValidTree(checked.conversation, checked.messages)).toBe(true);
        const expectedIds = new Set(records.filter((r) => r.conversationId === "c").map((r) => r.id));
        expect(checked.messages.map((m) => m.id).sort()).toEqual([...expectedIds].sort());
        // Every message is on the path to some leaf: following parents from any message reaches a root.
        const tree = buildTree(checked.messages);
        for (const message of checked.messages) expect(ancestry(tree, message.id)[0]!.parentId).toBeNull();
        if (checked.conversation.activeLeafId !== undefined) {
          expect(tree.byId.has(checked.conversation.activeLeafId)).toBe(true);
        }
      }),
      fuzzParameters(),
    );
  });

  it("a valid tree is left exactly as it is", () => {
    fc.assert(
      fc.property(hostileMessages, leaf, (records, activeLeafId) => {
        const repaired = checkTree({ ...conversation, activeLeafId }, toMessages(records));
        const again = checkTree(repaired.conversation, repaired.messages);
        expect(again.repair).toBeUndefined();
        expect(again.messages).toEqual(repaired.messages);
      }),
      fuzzParameters(),
    );
  });
});
