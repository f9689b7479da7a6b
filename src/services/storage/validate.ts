import type { Conversation, Message, MessageStatus } from "../../domain/conversation";
import type { ChatRole, FinishReason, GenerationStats } from "../../domain/generation";
import { isGenerationSettings } from "../../domain/generationSettings";
import { isReplyFailure } from "../../domain/replyFailure";

/*
 * Stored data is untrusted: it may predate a migration, come from a newer version of the app, or be
 * edited in DevTools. Every record is checked when read, and one bad record must not hide the rest.
 */

const ROLES: readonly ChatRole[] = ["system", "user", "assistant"];
const STATUSES: readonly MessageStatus[] = ["streaming", "complete", "stopped", "interrupted", "error"];
const FINISH_REASONS: readonly FinishReason[] = ["stop", "length", "abort"];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (options as readonly string[]).includes(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** Optional fields may be absent or undefined, but when present they must have the right type. */
function isOptional<T>(value: unknown, guard: (v: unknown) => v is T): value is T | undefined {
  return value === undefined || guard(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isStats(value: unknown): value is GenerationStats {
  if (!isRecord(value)) return false;
  const fields: (keyof GenerationStats)[] = [
    "promptTokens",
    "completionTokens",
    "prefillTokensPerSecond",
    "timeToFirstTokenSeconds",
  ];
  return (
    fields.every((field) => isFiniteNumber(value[field])) &&
    isOptional(value.decodeTokensPerSecond, isFiniteNumber)
  );
}

export function isConversation(value: unknown): value is Conversation {
  return (
    isRecord(value) &&
    isNonEmptyString(value.id) &&
    typeof value.title === "string" &&
    typeof value.titled === "boolean" &&
    isFiniteNumber(value.createdAt) &&
    isFiniteNumber(value.updatedAt) &&
    isOptional(value.activeLeafId, isString) &&
    isOptional(value.systemPrompt, isString) &&
    isOptional(value.settings, isGenerationSettings)
  );
}

export function isMessage(value: unknown): value is Message {
  return (
    isRecord(value) &&
    isNonEmptyString(value.id) &&
    isNonEmptyString(value.conversationId) &&
    (value.parentId === null || isNonEmptyString(value.parentId)) &&
    isOneOf(ROLES, value.role) &&
    typeof value.content === "string" &&
    isFiniteNumber(value.createdAt) &&
    isOneOf(STATUSES, value.status) &&
    isOptional(value.modelId, isString) &&
    isOptional(value.finishReason, (v): v is FinishReason => isOneOf(FINISH_REASONS, v)) &&
    isOptional(value.stats, isStats) &&
    isOptional(value.error, isString) &&
    isOptional(value.failure, isReplyFailure) &&
    isOptional(value.omittedMessages, isFiniteNumber)
  );
}

export interface Validated<T> {
  valid: T[];
  /** How many records failed the guard and were left out. */
  skipped: number;
}

/** Keeps the records that pass `guard`, in their original order, and counts the rest. */
export function keepValid<T>(
  records: readonly unknown[],
  guard: (value: unknown) => value is T,
): Validated<T> {
  const valid: T[] = [];
  for (const record of records) {
    if (guard(record)) valid.push(record);
  }
  return { valid, skipped: records.length - valid.length };
}

/** Told how many unreadable records a read skipped. Gets counts only: records hold private text. */
export type InvalidRecordReporter = (store: string, skipped: number) => void;

export const warnAboutInvalidRecords: InvalidRecordReporter = (store, skipped) => {
  console.warn(`Sigilo storage: skipped ${skipped} unreadable record(s) in "${store}"`);
};
