import type { Message } from "./conversation";
import type { ChatTurn } from "./generation";

/**
 * The turns sent to the model for the next reply: every user message and every assistant
 * reply that has text (stopped and interrupted replies included, as the user saw them).
 * Failed replies are left out: the model never said them.
 */
export function chatTurnsFrom(messages: readonly Message[]): ChatTurn[] {
  return messages
    .filter((message) => message.status !== "error" && message.content.trim() !== "")
    .map((message) => ({ role: message.role, content: message.content }));
}
