import type { Conversation, Message } from "./conversation";
import type { ModelCard } from "./modelCatalog";
import { nameModel } from "./modelNaming";

/**
 * The words of a Markdown export, in the interface's language (the file is for people to read). Only these
 * and the dates change with the language; the structure and the messages themselves do not.
 */
export interface MarkdownLabels {
  /** A moment as the interface's language writes it ("7 de dez. de 2026, 06:50"). */
  date(timestampMs: number): string;
  you: string;
  system: string;
  /** The author of a reply whose model is unknown. */
  assistant: string;
  /** The author of a reply from a model the user added and later removed. */
  removedModel(shortName: string): string;
  /** A reply imported from ChatGPT, by its model when known. */
  importedModel(model: string | undefined): string;
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
  /** The models the user added, so their replies are signed with their names. */
  customCards: readonly ModelCard[] = [],
): string {
  const lines = [`# ${conversation.title}`, "", `_${labels.date(conversation.createdAt)}_`];
  for (const message of messages) {
    const author = authorOf(message, labels, customCards);
    lines.push("", `## ${author}`, "", message.content.trimEnd() || `_(${labels.empty})_`);
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
  customCards: readonly ModelCard[] = [],
): string {
  return conversations
    .map((conversation) =>
      conversationToMarkdown(conversation, messagesOf(conversation.id), labels, customCards),
    )
    .join("\n---\n\n");
}

function authorOf(message: Message, labels: MarkdownLabels, customCards: readonly ModelCard[]): string {
  if (message.role === "user") return labels.you;
  if (message.role === "system") return labels.system;
  const naming = nameModel(customCards, message.modelId);
  if (naming.kind === "known") return naming.name;
  if (naming.kind === "removed") return labels.removedModel(naming.shortName);
  if (naming.kind === "imported") return labels.importedModel(naming.model);
  if (naming.kind === "unknown") return naming.modelId;
  return labels.assistant;
}
