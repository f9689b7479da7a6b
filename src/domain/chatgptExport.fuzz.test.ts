import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readChatGptChunks } from "../services/transfer/readConversationBlob";
import { fuzzParameters } from "../test/fuzz";
import { IMPORT_LIMITS } from "./importLimits";
import { checkConversation, checkMessage } from "./recordSchema";
import { isValidTree } from "./treeIntegrity";

const NOTES = { image: "[image]" };
const keys = fc.constantFrom("a", "b", "c", "root", "__proto__", "constructor", "");
/** A value of any type, with the hostile ones a file can hold. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, "", "NaN", "__proto__", "\uE200cite\uE201"),
);
const mostly = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: anyValue });

/** Usually `right`, sometimes one of `others`: most nodes must be importable for the property to bite. */
const usually = <T>(right: T, ...others: T[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(right) },
    { weight: 1, arbitrary: fc.constantFrom(right, ...others) },
  );

const part = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1 }) },
  fc.record({
    content_type: fc.constantFrom("image_asset_pointer", "audio_transcription"),
    text: fc.string(),
  }),
  anyValue,
);
const message = fc.record(
  {
    author: mostly(fc.record({ role: mostly(usually("user", "assistant", "system", "tool")) })),
    content: mostly(
      fc.record({
        content_type: mostly(usually("text", "multimodal_text", "code", "thoughts", "execution_output")),
        parts: mostly(fc.array(part, { minLength: 1, maxLength: 3 })),
      }),
    ),
    create_time: mostly(fc.oneof(fc.double(), fc.constant(null), fc.string())),
    recipient: mostly(usually("all", "python")),
    metadata: mostly(
      fc.record(
        {
          model_slug: mostly(fc.constantFrom("gpt-4o", "o1", "", "a b")),
          is_visually_hidden_from_conversation: mostly(usually(false, true)),
          finish_details: mostly(fc.record({ type: mostly(fc.constantFrom("stop", "max_tokens")) })),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: ["author", "content"] },
);
const node = fc.record(
  {
    id: mostly(keys),
    message: fc.oneof(fc.constant(null), { weight: 4, arbitrary: message }, anyValue),
    parent: mostly(fc.option(keys, { nil: null })),
    children: mostly(fc.array(keys, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
const conversation = fc.record(
  {
    title: mostly(fc.option(fc.string(), { nil: null })),
    create_time: mostly(fc.double()),
    update_time: mostly(fc.double()),
    mapping: mostly(fc.dictionary(keys, mostly(node), { minKeys: 1, maxKeys: 8 })),
    current_node: mostly(keys),
    conversation_id: mostly(usually("c1", "c2", "x".repeat(200))),
    id: mostly(fc.constantFrom("c1", "c3")),
    default_model_slug: mostly(fc.constantFrom("gpt-4", "")),
  },
  { requiredKeys: ["mapping", "conversation_id"] },
);
const file = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(mostly(conversation), { minLength: 1, maxLength: 4 })
      .map((list) => JSON.stringify(list)),
  },
  { weight: 1, arbitrary: fc.string().map((text) => `[${text}`) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
);

describe("any ChatGPT-like file", () => {
  it("is refused with a reason, or imported as records that read back and form trees", async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 50 }), async (text, size) => {
        const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
          text.slice(i * size, (i + 1) * size),
        );
        const parsed = await readChatGptChunks(chunks, NOTES);
        if (!parsed.ok) {
          expect(typeof parsed.problem.code).toBe("string");
          return;
        }
        const messageIds = new Set<string>();
        for (const { conversation, messages } of parsed.conversations) {
          expect(checkConversation(conversation).ok).toBe(true);
          expect(conversation.id.length).toBeLessThanOrEqual(IMPORT_LIMITS.id);
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) {
            expect(checkMessage(message).ok).toBe(true);
            expect(message.id.length).toBeLessThanOrEqual(IMPORT_LIMITS.id);
            expect(messageIds.has(message.id)).toBe(false);
            messageIds.add(message.id);
          }
          expect(isValidTree(conversation, messages)).toBe(true);
        }
        // Same input, same records: a second import finds everything already here.
        expect(await readChatGptChunks([text], NOTES)).toEqual(parsed);
      }),
      fuzzParameters(),
    );
  });
});
