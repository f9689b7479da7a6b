import { chatTurnsFrom } from "./chatHistory";
import type { Message } from "./conversation";
import type { ChatTurn } from "./generation";

/**
 * Chat engines (web-llm included) only answer a conversation that ends with the user, so a cut-off reply
 * is continued by sending it as the assistant's last turn followed by this request; the answer is
 * appended to the same message.
 */
export const CONTINUE_INSTRUCTION =
  "Continue your previous reply exactly where it stopped. Do not repeat anything you already wrote and do not comment on the interruption.";

/** A reply that ended before it was finished, and can be continued when it is the conversation's last message. */
export function canContinue(messages: readonly Message[], messageId: string): boolean {
  const last = messages.at(-1);
  if (!last || last.id !== messageId || last.role !== "assistant" || last.content.trim() === "") return false;
  return (
    last.status === "stopped" ||
    last.status === "interrupted" ||
    (last.status === "complete" && last.finishReason === "length")
  );
}

/** The turns that ask the model to go on from the last (cut-off) reply. */
export function continuationTurns(messages: readonly Message[]): ChatTurn[] {
  return [...chatTurnsFrom(messages), { role: "user", content: CONTINUE_INSTRUCTION }];
}
