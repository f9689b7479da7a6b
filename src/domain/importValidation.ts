import type { SkippedContent } from "./chatgptExport";
import type { Conversation, Message } from "./conversation";
import { EXPORT_FORMAT, EXPORT_VERSION } from "./exportFormat";
import { IMPORT_LIMITS, jsonShape } from "./importLimits";
import { checkConversation, checkMessage, isRecord } from "./recordSchema";
import { checkTree, type TreeRepair } from "./treeIntegrity";

/** Where in the file a problem is: 1-based positions, and the conversation's title once it is known to be text. */
export interface ConversationPlace {
  conversation: number;
  title?: string;
}

/**
 * Why a file was refused, precisely enough for the user to know whether it is damaged, truncated, from a newer
 * Sigilo, too large, or not a Sigilo export at all. `field` is the record field at fault, as a dotted path
 * ("settings.temperature"). The interface says it in words (features/transfer).
 */
export type ImportProblem =
  | { code: "empty" }
  | { code: "truncated" }
  | { code: "not-json" }
  | { code: "too-deep"; depth: number; limit: number }
  | { code: "foreign" }
  | { code: "zip-damaged" }
  | { code: "zip-without-conversations" }
  | { code: "zip-too-large"; limit: number }
  | { code: "bad-version" }
  | { code: "newer-version"; version: number; supported: number }
  | { code: "bad-date" }
  | { code: "no-conversation-list" }
  | { code: "too-many-conversations"; count: number; limit: number }
  | { code: "too-many-messages"; count: number; limit: number }
  | ({ code: "not-a-conversation" } & ConversationPlace)
  | ({ code: "conversation-field"; field: string } & ConversationPlace)
  | ({ code: "text-too-long"; field: "id" | "title"; length: number; limit: number } & ConversationPlace)
  | ({ code: "conversation-twice" } & ConversationPlace)
  | ({ code: "no-message-list" } & ConversationPlace)
  | ({ code: "message-damaged"; message: number; field: string } & ConversationPlace)
  | ({ code: "message-id-too-long"; message: number; length: number; limit: number } & ConversationPlace)
  | ({ code: "message-elsewhere"; message: number } & ConversationPlace)
  | ({ code: "message-twice"; message: number } & ConversationPlace);

/** A conversation as read from a file: checked, its fields as storage reads them, its tree repaired. */
export interface ImportedConversation {
  conversation: Conversation;
  /** Oldest first. */
  messages: Message[];
  /** What had to be repaired for the messages to form a tree (see treeIntegrity.ts). */
  repair?: TreeRepair;
}

export type ParsedExport =
  | {
      ok: true;
      conversations: ImportedConversation[];
      /** Present when the file was a ChatGPT export (chatgptFile.ts): what it held that is not imported. */
      chatGpt?: { skipped: SkippedContent };
    }
  | { ok: false; problem: ImportProblem };

/**
 * Reads a file written by Export (format "sigilo.conversations", version 1; see docs/export-format.md) and checks
 * all of it before anything is imported. Every record is checked by the same schema storage reads with, so what
 * is accepted reads back; a message tree that is broken (a loop, a missing parent) is repaired and the repair
 * reported, as when a stored conversation is read. Every rejection says what is wrong (see ImportProblem).
 */
export function parseConversationExport(text: string): ParsedExport {
  if (text.trim() === "") return fail({ code: "empty" });
  // Before parsing: JSON nested thousands deep takes seconds to parse and is never an export.
  const shape = jsonShape(text, IMPORT_LIMITS.depth);
  if (shape.tooDeep) return fail({ code: "too-deep", depth: shape.depth, limit: IMPORT_LIMITS.depth });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: shape.truncated ? "truncated" : "not-json" });
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return fail({ code: "foreign" });
  if (typeof data.version !== "number" || !Number.isInteger(data.version) || data.version < 1) {
    return fail({ code: "bad-version" });
  }
  if (data.version > EXPORT_VERSION) {
    return fail({ code: "newer-version", version: data.version, supported: EXPORT_VERSION });
  }
  if (typeof data.exportedAt !== "string" || Number.isNaN(Date.parse(data.exportedAt))) {
    return fail({ code: "bad-date" });
  }
  const entries = data.conversations;
  if (!Array.isArray(entries)) return fail({ code: "no-conversation-list" });
  const countProblem = tooMany(entries);
  if (countProblem) return fail(countProblem);

  const conversations: ImportedConversation[] = [];
  const conversationIds = new Set<string>();
  const messageIds = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const read = readEntry(entry, index, conversationIds, messageIds);
    if ("code" in read) return fail(read);
    conversations.push(read);
  }
  return { ok: true, conversations };
}

function tooMany(entries: unknown[]): ImportProblem | undefined {
  const { conversations, messages } = IMPORT_LIMITS;
  if (entries.length > conversations) {
    return { code: "too-many-conversations", count: entries.length, limit: conversations };
  }
  const total = entries.reduce<number>(
    (sum, entry) => sum + (isRecord(entry) && Array.isArray(entry.messages) ? entry.messages.length : 0),
    0,
  );
  return total > messages ? { code: "too-many-messages", count: total, limit: messages } : undefined;
}

function readEntry(
  entry: unknown,
  index: number,
  conversationIds: Set<string>,
  messageIds: Set<string>,
): ImportedConversation | ImportProblem {
  const where = { conversation: index + 1 };
  if (!isRecord(entry)) return { code: "not-a-conversation", ...where };
  const checked = checkConversation(entry);
  if (!checked.ok) {
    // The title is named when it is text (it is checked before the optional fields that fail most).
    const title = typeof entry.title === "string" && checked.field !== "title" ? { title: entry.title } : {};
    return { code: "conversation-field", field: checked.field, ...where, ...title };
  }
  const conversation = checked.value;
  const { id: idLimit, title: titleLimit } = IMPORT_LIMITS;
  if (conversation.id.length > idLimit) {
    return { code: "text-too-long", field: "id", length: conversation.id.length, limit: idLimit, ...where };
  }
  // The file's own title: reading cuts a long one to the limit, and a file is told about it instead.
  const fileTitle = entry.title as string;
  if (fileTitle.length > titleLimit) {
    return { code: "text-too-long", field: "title", length: fileTitle.length, limit: titleLimit, ...where };
  }
  const named = { ...where, title: conversation.title };
  if (conversationIds.has(conversation.id)) return { code: "conversation-twice", ...named };
  conversationIds.add(conversation.id);
  if (!Array.isArray(entry.messages)) return { code: "no-message-list", ...named };

  const messages: Message[] = [];
  for (const [messageIndex, raw] of withParents(entry.messages).entries()) {
    const place = { ...named, message: messageIndex + 1 };
    const message = checkMessage(raw);
    if (!message.ok) return { code: "message-damaged", field: message.field, ...place };
    const { id, conversationId } = message.value;
    if (id.length > idLimit)
      return { code: "message-id-too-long", length: id.length, limit: idLimit, ...place };
    if (conversationId !== conversation.id) return { code: "message-elsewhere", ...place };
    if (messageIds.has(id)) return { code: "message-twice", ...place };
    messageIds.add(id);
    messages.push(message.value);
  }
  // Storage keeps a conversation's messages by creation time; the tree is checked in that order too.
  messages.sort((a, b) => a.createdAt - b.createdAt);
  const tree = checkTree(conversation, messages);
  return {
    conversation: tree.conversation,
    messages: tree.messages,
    ...(tree.repair && { repair: withoutChanged(tree.repair) }),
  };
}

/** A repair as a file reports it (without the records storage would write back). */
export function withoutChanged({
  changed: _changed,
  ...repair
}: TreeRepair & { changed: Message[] }): TreeRepair {
  return repair;
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

function fail(problem: ImportProblem): ParsedExport {
  return { ok: false, problem };
}
