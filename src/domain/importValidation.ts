import { isConversation, isMessage, isRecord } from "../services/storage/validate";
import type { Message } from "./conversation";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ConversationExport,
  type ExportedConversation,
} from "./exportFormat";

export type ParsedExport = { ok: true; file: ConversationExport } | { ok: false; error: string };

/** Largest file accepted: far above any real history, low enough not to freeze the tab parsing it. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const CONVERSATION_FIELDS = [
  ["id", "a non-empty text id"],
  ["title", "a text title"],
  ["titled", "true or false"],
  ["createdAt", "a time stamp"],
  ["updatedAt", "a time stamp"],
] as const;

/**
 * Reads a file written by Export (format "sigilo.conversations", version 1; see docs/export-format.md) and checks
 * all of it before anything is imported. Every rejection says what is wrong, so the user knows whether the file is
 * damaged, truncated, from a newer Sigilo, or not a Sigilo export at all.
 */
export function parseConversationExport(text: string): ParsedExport {
  if (text.trim() === "") return fail("The file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(
      looksTruncated(text)
        ? "The file ends too early: it looks truncated (perhaps an unfinished download or copy). Export it again."
        : "The file is not valid JSON, so it is not a Sigilo export (or it was damaged).",
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail("This is not a Sigilo conversations export: it does not say it is one.");
  }
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) {
    return fail("The file's format version is missing or invalid.");
  }
  if (data.version > EXPORT_VERSION) {
    return fail(
      `The file was exported by a newer version of Sigilo (format version ${data.version}); ` +
        `this version reads format version ${EXPORT_VERSION}. Update Sigilo and try again.`,
    );
  }
  if (typeof data.exportedAt !== "string" || Number.isNaN(Date.parse(data.exportedAt))) {
    return fail("The file's export date is missing or invalid.");
  }
  if (!Array.isArray(data.conversations)) return fail("The file has no list of conversations.");

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
): string | undefined {
  const where = `Conversation ${index + 1}`;
  if (!isRecord(entry)) return `${where} is not a conversation record.`;
  const { id } = entry;
  for (const [field, expected] of CONVERSATION_FIELDS) {
    if (
      !isConversation({ id: "x", title: "", titled: true, createdAt: 0, updatedAt: 0, [field]: entry[field] })
    ) {
      return `${where} has no valid “${field}” (expected ${expected}).`;
    }
  }
  const named = `${where} (“${String(entry.title)}”)`;
  if (conversationIds.has(id as string)) return `${named} appears twice in the file.`;
  conversationIds.add(id as string);
  if (!Array.isArray(entry.messages)) return `${named} has no list of messages.`;
  entry.messages = withParents(entry.messages as unknown[]);
  for (const [messageIndex, message] of (entry.messages as unknown[]).entries()) {
    const problem = messageProblem(message, id as string, messageIds);
    if (problem) return `Message ${messageIndex + 1} of ${named} ${problem}`;
  }
  return undefined;
}

function messageProblem(
  message: unknown,
  conversationId: string,
  messageIds: Set<string>,
): string | undefined {
  if (!isMessage(message)) return "is damaged (a required field is missing or has the wrong type).";
  if (message.conversationId !== conversationId) return "belongs to a different conversation.";
  if (messageIds.has(message.id)) return "appears twice in the file.";
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

function fail(error: string): ParsedExport {
  return { ok: false, error };
}

/** The messages of a parsed file, flattened for storage. */
export function messagesOf(file: ConversationExport): Message[] {
  return file.conversations.flatMap((conversation) => conversation.messages);
}
