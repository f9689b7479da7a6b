import { isConversation, isMessage, isRecord } from "../services/storage/validate";
import type { Message } from "./conversation";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ConversationExport,
  type ExportedConversation,
} from "./exportFormat";

/** Where in the file a problem is: 1-based positions, and the conversation's title once it is known to be text. */
export interface ConversationPlace {
  conversation: number;
  title?: string;
}

/** Fields every conversation record needs, checked in this order. */
export type RequiredConversationField = "id" | "title" | "titled" | "createdAt" | "updatedAt";

/**
 * Why a file was refused, precisely enough for the user to know whether it is damaged, truncated, from a newer
 * Sigilo, or not a Sigilo export at all. The interface says it in words (features/transfer).
 */
export type ImportProblem =
  | { code: "empty" }
  | { code: "truncated" }
  | { code: "not-json" }
  | { code: "foreign" }
  | { code: "bad-version" }
  | { code: "newer-version"; version: number; supported: number }
  | { code: "bad-date" }
  | { code: "no-conversation-list" }
  | ({ code: "not-a-conversation" } & ConversationPlace)
  | ({ code: "conversation-field"; field: RequiredConversationField } & ConversationPlace)
  | ({ code: "conversation-twice" } & ConversationPlace)
  | ({ code: "no-message-list" } & ConversationPlace)
  | ({ code: "message-damaged"; message: number } & ConversationPlace)
  | ({ code: "message-elsewhere"; message: number } & ConversationPlace)
  | ({ code: "message-twice"; message: number } & ConversationPlace);

export type ParsedExport = { ok: true; file: ConversationExport } | { ok: false; problem: ImportProblem };

/** Largest file accepted: far above any real history, low enough not to freeze the tab parsing it. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const CONVERSATION_FIELDS: readonly RequiredConversationField[] = [
  "id",
  "title",
  "titled",
  "createdAt",
  "updatedAt",
];

/**
 * Reads a file written by Export (format "sigilo.conversations", version 1; see docs/export-format.md) and checks
 * all of it before anything is imported. Every rejection says what is wrong (see ImportProblem).
 */
export function parseConversationExport(text: string): ParsedExport {
  if (text.trim() === "") return fail({ code: "empty" });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: looksTruncated(text) ? "truncated" : "not-json" });
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail({ code: "foreign" });
  }
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) {
    return fail({ code: "bad-version" });
  }
  if (data.version > EXPORT_VERSION) {
    return fail({ code: "newer-version", version: data.version, supported: EXPORT_VERSION });
  }
  if (typeof data.exportedAt !== "string" || Number.isNaN(Date.parse(data.exportedAt))) {
    return fail({ code: "bad-date" });
  }
  if (!Array.isArray(data.conversations)) return fail({ code: "no-conversation-list" });

  const conversations: ExportedConversation[] = [];
  const conversationIds = new Set<string>();
  const messageIds = new Set<string>();
  for (const [index, entry] of data.conversations.entries()) {
    const problem = conversationProblem(entry, index, conversationIds, messageIds);
    if (problem) return fail(problem);
    conversations.push(entry as ExportedConversation);
  }
  return {
    ok: true,
    file: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: data.exportedAt, conversations },
  };
}

function conversationProblem(
  entry: unknown,
  index: number,
  conversationIds: Set<string>,
  messageIds: Set<string>,
): ImportProblem | undefined {
  const where = { conversation: index + 1 };
  if (!isRecord(entry)) return { code: "not-a-conversation", ...where };
  const { id } = entry;
  for (const field of CONVERSATION_FIELDS) {
    if (
      !isConversation({ id: "x", title: "", titled: true, createdAt: 0, updatedAt: 0, [field]: entry[field] })
    ) {
      return { code: "conversation-field", field, ...where };
    }
  }
  const named = { ...where, title: entry.title as string };
  if (conversationIds.has(id as string)) return { code: "conversation-twice", ...named };
  conversationIds.add(id as string);
  if (!Array.isArray(entry.messages)) return { code: "no-message-list", ...named };
  entry.messages = withParents(entry.messages as unknown[]);
  for (const [messageIndex, message] of (entry.messages as unknown[]).entries()) {
    const problem = messageProblem(message, id as string, messageIds);
    if (problem) return { code: problem, message: messageIndex + 1, ...named };
  }
  return undefined;
}

function messageProblem(
  message: unknown,
  conversationId: string,
  messageIds: Set<string>,
): "message-damaged" | "message-elsewhere" | "message-twice" | undefined {
  if (!isMessage(message)) return "message-damaged";
  if (message.conversationId !== conversationId) return "message-elsewhere";
  if (messageIds.has(message.id)) return "message-twice";
  messageIds.add(message.id);
  return undefined;
}

/**
 * Files exported before replies could branch have no `parentId`: there, each message answers the one
 * written before it, as storage migration 3 links stored messages.
 */
function withParents(messages: unknown[]): unknown[] {
  if (messages.some((message) => isRecord(message) && "parentId" in message)) return messages;
  const createdAt = (message: unknown) => (isRecord(message) ? Number(message.createdAt) : 0);
  const ordered = [...messages].sort((a, b) => createdAt(a) - createdAt(b));
  return ordered.map((message, index) => {
    const previous = ordered[index - 1];
    return isRecord(message) ? { ...message, parentId: isRecord(previous) ? previous.id : null } : message;
  });
}

/** JSON that stops mid-way: unbalanced brackets or an unterminated string at the end. */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth += 1;
    else if (char === "}" || char === "]") depth -= 1;
  }
  return inString || depth > 0;
}

function fail(problem: ImportProblem): ParsedExport {
  return { ok: false, problem };
}

/** The messages of a parsed file, flattened for storage. */
export function messagesOf(file: ConversationExport): Message[] {
  return file.conversations.flatMap((conversation) => conversation.messages);
}
