import { DEFAULT_GENERATION_SETTINGS } from "../../src/domain/generationSettings";
/**
 * Records for seeding the app's `sigilo` database, typed with the app's own domain types, so a schema change
 * that the seed does not follow fails the type check instead of producing a silently different benchmark.
 */
import type { Conversation, Message } from "../../src/domain/conversation";
import { MODEL_CATALOG } from "../../src/domain/modelCatalog";

/** A model the CPU WebGPU adapter of headless Chromium can run (no shader-f16), so the app loads it. */
const BENCH_REPLY_TOKENS_CAP = 2048;

export const BENCH_MODEL_ID = (MODEL_CATALOG.find((model) => !model.needsShaderF16) ?? MODEL_CATALOG[0]!).id;

export interface Seed {
  conversations: Conversation[];
  messages: Message[];
  settings: Record<string, unknown>;
  /** Models downloaded through the picker (from the fake model host) before the data is written. */
  cachedModelIds: string[];
}

/** A returning user: the model was downloaded and is reloaded on start (see modelsSlice.restoreModels). */
export function returningUser(parts: { conversations: Conversation[]; messages: Message[] }): Seed {
  return { ...parts, settings: { lastModelId: BENCH_MODEL_ID }, cachedModelIds: [BENCH_MODEL_ID] };
}

const ASSISTANT_REPLY = [
  "Here is what I found, step by step:",
  "",
  "1. **Read** the file and check its `length` first;",
  "2. split it into sections, keeping the headings;",
  "3. summarise each section in one sentence.",
  "",
  "```ts",
  "export function sections(text: string): string[] {",
  "  return text.split(/^## /m).filter(Boolean);",
  "}",
  "```",
  "",
  "That keeps the summary faithful to the original structure, and it is quick even on long documents.",
].join("\n");

/**
 * A conversation of `count` messages alternating question and Markdown reply, as the app writes them.
 * The last message's text contains `lastMarker(id)`, so a benchmark can tell when the bottom is on screen.
 */
export function conversation(
  id: string,
  title: string,
  count: number,
  updatedAt: number,
): Seed["conversations"][number] & {
  messages: Message[];
} {
  const start = updatedAt - count * 1000;
  const messages: Message[] = Array.from({ length: count }, (_, index) => {
    const isUser = index % 2 === 0;
    const content = `${isUser ? `Question ${index + 1}: how do I summarise a long document?` : ASSISTANT_REPLY}${
      index === count - 1 ? `\n\n${lastMarker(id)}` : ""
    }`;
    return {
      id: `${id}-m${index}`,
      conversationId: id,
      parentId: index === 0 ? null : `${id}-m${index - 1}`,
      role: isUser ? "user" : "assistant",
      content,
      createdAt: start + index * 1000,
      status: "complete",
      ...(isUser ? {} : { modelId: BENCH_MODEL_ID, finishReason: "stop" as const }),
    };
  });
  // Replies up to the streaming cases' 2,000 tokens (the default cap is 1,024); the rest of the 4K window
  // holds as much history as fits, trimmed the way the app trims any long conversation.
  const settings = { ...DEFAULT_GENERATION_SETTINGS, maxTokens: BENCH_REPLY_TOKENS_CAP };
  return { id, title, titled: true, createdAt: start, updatedAt, settings, messages };
}

export function lastMarker(conversationId: string): string {
  return `End of conversation ${conversationId}.`;
}

/** Splits conversations-with-messages into the seed's two record lists. */
export function records(conversations: ReturnType<typeof conversation>[]): {
  conversations: Conversation[];
  messages: Message[];
} {
  return {
    conversations: conversations.map(({ messages: _messages, ...rest }) => rest),
    messages: conversations.flatMap((c) => c.messages),
  };
}
