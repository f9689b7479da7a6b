import type { Conversation, Message } from "./conversation";
import type { ModelCard } from "./modelCatalog";
import { nameModel } from "./modelNaming";

/**
 * A conversation as a readable Markdown document, for reading or sharing outside Sigilo. It cannot be imported
 * back (JSON is the lossless format): replies are already Markdown, so they are copied as they are.
 */
export function conversationToMarkdown(
  conversation: Conversation,
  messages: readonly Message[],
  /** The models the user added, so their replies are signed with their names. */
  customCards: readonly ModelCard[] = [],
): string {
  const lines = [`# ${conversation.title}`, "", `_${new Date(conversation.createdAt).toISOString()}_`];
  for (const message of messages) {
    lines.push("", `## ${authorOf(message, customCards)}`, "", message.content.trimEnd() || "_(empty)_");
    if (message.status === "stopped") lines.push("", "_(stopped)_");
    if (message.status === "interrupted") lines.push("", "_(interrupted)_");
    if (message.status === "error") lines.push("", `_(failed: ${message.error ?? "unknown error"})_`);
  }
  return `${lines.join("\n")}\n`;
}

export function conversationsToMarkdown(
  conversations: readonly Conversation[],
  messagesOf: (id: string) => readonly Message[],
  customCards: readonly ModelCard[] = [],
): string {
  return conversations
    .map((conversation) => conversationToMarkdown(conversation, messagesOf(conversation.id), customCards))
    .join("\n---\n\n");
}

function authorOf(message: Message, customCards: readonly ModelCard[]): string {
  if (message.role === "user") return "You";
  if (message.role === "system") return "System";
  const naming = nameModel(customCards, message.modelId);
  if (naming.kind === "known") return naming.name;
  if (naming.kind === "removed") return `${naming.shortName} (removed)`;
  if (naming.kind === "unknown") return naming.modelId;
  return "Assistant";
}
