import type { Conversation, Message } from "./conversation";

/**
 * The file "Export" writes: every conversation with its messages, in a versioned envelope
 * so a later import can recognise and validate it.
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

export function exportFileName(exportedAt: Date): string {
  return `sigilo-conversations-${exportedAt.toISOString().slice(0, 10)}.json`;
}
