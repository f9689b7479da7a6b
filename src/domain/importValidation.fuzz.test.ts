import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openStorage } from "../services/storage";
import { fuzzParameters } from "../test/fuzz";
import { planImport } from "./importPlan";
import { parseConversationExport, type ParsedExport } from "./importValidation";
import { readConversation, readMessage } from "./recordSchema";
import { isValidTree } from "./treeIntegrity";

const ids = fc.constantFrom("a", "b", "c", "__proto__", "constructor", "prototype", "");
/** A value of any type, with the hostile ones a file can hold. */
const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, true, 0, -1, 1e308, "", "NaN", "Infinity", "__proto__"),
  fc.string({ minLength: 0, maxLength: 3 }).map((s) => s.repeat(20_000)),
);
/** A field that is usually right and sometimes anything at all. */
type Mostly = <T>(right: fc.Arbitrary<T>) => fc.Arbitrary<unknown>;
const mostly: Mostly = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: anyValue });

const messageOf = (mostly: Mostly) =>
  fc.record(
    {
      id: mostly(ids),
      conversationId: mostly(fc.constantFrom("c1", "c2")),
      parentId: mostly(fc.option(ids, { nil: null })),
      role: mostly(fc.constantFrom("user", "assistant", "system")),
      content: mostly(fc.string()),
      createdAt: mostly(fc.integer()),
      status: mostly(fc.constantFrom("complete", "stopped", "error", "streaming")),
      failure: mostly(
        fc.constantFrom({ code: "conversation-too-long" }, { code: "engine-stopped", cause: "x" }),
      ),
      ["__proto__"]: mostly(fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );
const conversationOf = (mostly: Mostly) =>
  fc.record(
    {
      id: mostly(fc.constantFrom("c1", "c2")),
      title: mostly(fc.string()),
      titled: mostly(fc.boolean()),
      createdAt: mostly(fc.integer()),
      updatedAt: mostly(fc.integer()),
      activeLeafId: mostly(ids),
      systemPrompt: mostly(fc.string()),
      settings: mostly(
        fc.record({
          temperature: mostly(fc.double({ min: 0, max: 2, noNaN: true })),
          topP: fc.constant(1),
          maxTokens: fc.constant(10),
          presencePenalty: fc.constant(0),
          frequencyPenalty: fc.constant(0),
        }),
      ),
      messages: mostly(fc.array(messageOf(mostly), { maxLength: 6 })),
      constructor: mostly(fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );
const fileOf = (mostly: Mostly) =>
  fc.record({
    format: mostly(fc.constant("sigilo.conversations")),
    version: mostly(fc.constant(1)),
    exportedAt: mostly(fc.constant("2025-01-02T03:04:05.000Z")),
    conversations: mostly(fc.array(conversationOf(mostly), { maxLength: 3 })),
  });
/** Hostile files: any field may hold anything. */
const file = fileOf(mostly);
/** Files whose fields have the right types, with hostile ids and links only: most of them are accepted. */
const wellTypedFile = fileOf((right) => right);

/** Some files are cut, or have an infinite number written in them (1e999 parses as Infinity). */
const fileText = fc.oneof(
  file.map((data) => JSON.stringify(data)),
  file.map((data) => JSON.stringify(data).replace(/"createdAt":\d+/, '"createdAt":1e999')),
  fc.tuple(file, fc.nat()).map(([data, cut]) => {
    const text = JSON.stringify(data);
    return text.slice(0, cut % (text.length + 1));
  }),
  fc.string(),
);

function expectReadable(parsed: ParsedExport) {
  if (!parsed.ok) {
    expect(parsed.problem.code).toEqual(expect.any(String));
    return;
  }
  for (const { conversation, messages } of parsed.conversations) {
    // Exactly what storage reads back, and a tree.
    expect(readConversation(conversation)).toEqual(conversation);
    for (const message of messages) expect(readMessage(message)).toEqual(message);
    expect(isValidTree(conversation, messages)).toBe(true);
  }
}

describe("importing any file", () => {
  it("either refuses it with a reason or accepts only records storage reads back, as trees", () => {
    fc.assert(
      fc.property(fileText, (text) => expectReadable(parseConversationExport(text))),
      fuzzParameters(),
    );
  });

  it("never throws on any JSON at all", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectReadable(parseConversationExport(JSON.stringify(value)))),
      fuzzParameters(),
    );
  });

  it("what it accepts is stored, listed and readable", async () => {
    let run = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(wellTypedFile, async (data) => {
        const parsed = parseConversationExport(JSON.stringify(data));
        if (!parsed.ok) return;
        accepted += 1;
        const storage = await openStorage({
          name: `sigilo-import-fuzz-${++run}`,
          onInvalidRecords: () => {},
        });
        try {
          const empty = { conversations: new Map(), messages: new Set<string>(), messagesOf: new Map() };
          const plan = planImport(parsed.conversations, empty);
          await storage.conversations.importConversations(plan.conversations, plan.messages);
          const listed = await storage.conversations.listConversations();
          expect(listed.map((c) => c.id).sort()).toEqual(plan.conversations.map((c) => c.id).sort());
          for (const { conversation, messages } of parsed.conversations) {
            const stored = await storage.conversations.getMessages(conversation.id);
            expect(stored.map((m) => m.id).sort()).toEqual(messages.map((m) => m.id).sort());
          }
        } finally {
          storage.close();
        }
      }),
      fuzzParameters({ numRuns: 40 }),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
