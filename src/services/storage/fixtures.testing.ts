import type { Conversation, Message } from "../../domain/conversation";

export function conversation(overrides: Partial<Conversation> & Pick<Conversation, "id">): Conversation {
  return { title: "A chat", titled: true, createdAt: 1_000, updatedAt: 1_000, ...overrides };
}

export function message(
  overrides: Partial<Message> & Pick<Message, "id" | "conversationId" | "createdAt">,
): Message {
  return {
    parentId: null,
    role: "user",
    content: `text of ${overrides.id}`,
    status: "complete",
    ...overrides,
  };
}
