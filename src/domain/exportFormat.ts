import type { Conversation, Message } from "./conversation";

/**
 * The file "Export" writes: conversations with their messages, in a versioned envelope
 * so a later import can recognise and validate it. Documented in docs/export-format.md;
 * read back by importValidation.ts.
 */
export const EXPORT_FORMAT = "sigilo.conversations";
export const EXPORT_VERSION = 1;

export interface ExportedConversation extends Conversation {
  messages: Message[];
}

export interface ConversationExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  conversations: ExportedConversation[];
}

export function buildExport(
  conversations: readonly Conversation[],
  messagesOf: (id: string) => Message[],
  exportedAt: Date,
): ConversationExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    conversations: conversations.map((conversation) => ({
      ...conversation,
      messages: messagesOf(conversation.id),
    })),
  };
}

export function exportFileName(exportedAt: Date, extension: "json" | "md" = "json"): string {
  return `sigilo-conversations-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** One conversation's file name: its title made safe for every file system, then the date. */
export function conversationFileName(title: string, exportedAt: Date, extension: "json" | "md"): string {
  const slug =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\w]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .toLowerCase() || "conversation";
  return `sigilo-${slug}-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}
