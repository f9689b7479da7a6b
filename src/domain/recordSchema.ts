import { boundedArray, LIST_LIMITS } from "./boundedArray";
import { cleanTitle } from "./conversationTitle";
import * as v from "valibot";
import type { Conversation, Message } from "./conversation";
import type { GenerationStats } from "./generation";
import {
  GENERATION_SETTING_NAMES,
  parseGenerationSetting,
  type GenerationSettingName,
  type GenerationSettings,
} from "./generationSettings";
import type { ReplyFailure } from "./replyFailure";
import { documentUseSchema } from "./retrieval/storedDocument";
import { momentSchema } from "./moment";
import { IMPORT_LIMITS } from "./importLimits";

/*
 * The one definition of a conversation record and a message record. Storage reads every record through it
 * (ConversationRepository, the vault's record codec) and import checks every record of a file through it
 * (importValidation), so a file is accepted exactly when its records would read back. Fields this version does
 * not know are left out of what is read: a field nobody checked must not be stored, because a later version
 * that does check it would then find the record unreadable.
 */

const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1));

const setting = (name: GenerationSettingName) =>
  v.pipe(
    v.number(),
    v.check((value) => parseGenerationSetting(name, String(value)).ok),
  );

const settingsSchema = v.object(
  Object.fromEntries(GENERATION_SETTING_NAMES.map((name) => [name, setting(name)])) as Record<
    GenerationSettingName,
    ReturnType<typeof setting>
  >,
);

const statsSchema = v.object({
  promptTokens: finite,
  completionTokens: finite,
  prefillTokensPerSecond: finite,
  // Absent when a one-token reply left nothing to measure (web-llm reports NaN; it is left out).
  decodeTokensPerSecond: v.optional(finite),
  timeToFirstTokenSeconds: finite,
});

const failureSchema = v.variant("code", [
  v.object({ code: v.literal("conversation-too-long") }),
  v.object({
    code: v.literal("message-too-long"),
    estimatedTokens: count,
    budget: count,
    maxReplyTokens: count,
  }),
  v.object({ code: v.literal("engine-stopped"), cause: v.picklist(["worker-stopped", "engine-shut-down"]) }),
]);

/**
 * A title is a label: one of 10 MB (a damaged record; files are refused past the limit) froze the page for
 * 8 s laying out the sidebar. It is read cut to the limit rather than refused, which would hide the conversation;
 * then cleaned (conversationTitle.ts), so that it shows something and reorders nothing around it.
 */
const title = v.pipe(
  v.string(),
  v.transform((text) =>
    cleanTitle(text.length > IMPORT_LIMITS.title ? text.slice(0, IMPORT_LIMITS.title) : text),
  ),
);

export const conversationSchema = v.object({
  id,
  title,
  titled: v.boolean(),
  createdAt: momentSchema,
  updatedAt: momentSchema,
  activeLeafId: v.optional(v.string()),
  systemPrompt: v.optional(v.string()),
  settings: v.optional(settingsSchema),
});

export const messageSchema = v.object({
  id,
  conversationId: id,
  parentId: v.nullable(id),
  role: v.picklist(["system", "user", "assistant"]),
  content: v.string(),
  createdAt: momentSchema,
  status: v.picklist(["streaming", "complete", "stopped", "interrupted", "error"]),
  modelId: v.optional(v.string()),
  finishReason: v.optional(v.picklist(["stop", "length", "abort"])),
  stats: v.optional(statsSchema),
  error: v.optional(v.string()),
  failure: v.optional(failureSchema),
  omittedMessages: v.optional(finite),
  // A file could claim a million blocks: more than a reply could hold is refused.
  thinkingSeconds: v.optional(boundedArray(v.nullable(count), LIST_LIMITS.thinkingBlocks)),
  documents: v.optional(documentUseSchema),
});

/** A new chat's instructions, as stored for the default ones: a conversation's two instruction fields. */
const instructionsSchema = v.pick(conversationSchema, ["systemPrompt", "settings"]);

export function isInstructions(value: unknown): value is Pick<Conversation, "systemPrompt" | "settings"> {
  return v.is(instructionsSchema, value);
}

// The records' TypeScript types (with their documentation) live beside the domain; these lines stop the build
// if the schema and the types ever disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <A, B>(same: Same<A, B>) => same;
agree<v.InferOutput<typeof conversationSchema>, Conversation>(true);
agree<v.InferOutput<typeof messageSchema>, Message>(true);
agree<v.InferOutput<typeof settingsSchema>, GenerationSettings>(true);
agree<v.InferOutput<typeof statsSchema>, GenerationStats>(true);
agree<v.InferOutput<typeof failureSchema>, ReplyFailure>(true);

export type RecordCheck<T> = { ok: true; value: T } | { ok: false; field: string };

// One problem is enough to refuse a record; collecting the rest would cost time on a large file for nothing.
const FIRST_PROBLEM = { abortEarly: true } as const;

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown): RecordCheck<T> {
  const result = v.safeParse(schema, value, FIRST_PROBLEM);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  // An empty path: the value is not a record at all.
  return { ok: false, field: (issue && v.getDotPath(issue)) ?? "" };
}

/** The conversation as this version reads it (unknown fields left out), or the first field that is wrong. */
export function checkConversation(value: unknown): RecordCheck<Conversation> {
  return check(conversationSchema, isRecord(value) ? value : undefined);
}

export function checkMessage(value: unknown): RecordCheck<Message> {
  return check(messageSchema, isRecord(value) ? value : undefined);
}

export function readConversation(value: unknown): Conversation | undefined {
  const checked = checkConversation(value);
  return checked.ok ? checked.value : undefined;
}

export function readMessage(value: unknown): Message | undefined {
  const checked = checkMessage(value);
  return checked.ok ? checked.value : undefined;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
