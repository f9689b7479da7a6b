import { newId, type Message } from "../../../domain/conversation";

/** Messages are ordered by createdAt in storage, so each one must be strictly later than every other. */
export function nextCreatedAt(messages: readonly Message[], now: number): number {
  return messages.reduce((latest, message) => Math.max(latest, message.createdAt + 1), now);
}

export function replyPlaceholder(parent: Message, modelId: string, createdAt: number): Message {
  return {
    id: newId(),
    conversationId: parent.conversationId,
    parentId: parent.id,
    role: "assistant",
    content: "",
    createdAt,
    status: "streaming",
    modelId,
  };
}
