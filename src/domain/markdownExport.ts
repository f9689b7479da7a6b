import type { Conversation, Message } from "./conversation";
import { findModel } from "./modelCatalog";

/**
 * The words of a Markdown export, in the interface's language (the file is for people to read). Only these
 * change with the language; the structure, the dates (ISO 8601) and the messages themselves do not.
 */
export interface MarkdownLabels {
  you: string;
  system: string;
  /** The author of a reply whose model is unknown. */
  assistant: string;
  /** Stands for a message with no text. */
  empty: string;
  stopped: string;
  interrupted: string;
  /** The note under a failed reply, saying what went wrong. */
  failed(message: Message): string;
}

/**
 * A conversation as a readable Markdown document, for reading or sharing outside Sigilo. It cannot be imported
 * back (JSON is the lossless format): replies are already Markdown, so they are copied as they are.
 */
export function conversationToMarkdown(
  conversation: Conversation,
  messages: readonly Message[],
  labels: MarkdownLabels,
): string {
  const lines = [`# ${conversation.title}`, "", `_${new Date(conversation.createdAt).toISOString()}_`];
  for (const message of messages) {
    lines.push("", `## ${authorOf(message, labels)}`, "", message.content.trimEnd() || `_(${labels.empty})_`);
    if (message.status === "stopped") lines.push("", `_(${labels.stopped})_`);
    if (message.status === "interrupted") lines.push("", `_(${labels.interrupted})_`);
    if (message.status === "error") lines.push("", `_(${labels.failed(message)})_`);
  }
  return `${lines.join("\n")}\n`;
}

export function conversationsToMarkdown(
  conversations: readonly Conversation[],
  messagesOf: (id: string) => readonly Message[],
  labels: MarkdownLabels,
): string {
  return conversations
    .map((conversation) => conversationToMarkdown(conversation, messagesOf(conversation.id), labels))
    .join("\n---\n\n");
}

function authorOf(message: Message, labels: MarkdownLabels): string {
  if (message.role === "user") return labels.you;
  if (message.role === "system") return labels.system;
  return findModel(message.modelId ?? "")?.name ?? message.modelId ?? labels.assistant;
}
