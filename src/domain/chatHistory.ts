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

/**
 * web-llm only replies to a user turn, so a cut reply is continued by asking for the rest in one;
 * the new text is appended to the same message. The fixture engine recognises this exact text.
 * It is said to the model, never shown to the user, so it stays in English whatever the interface's language:
 * the model goes on in the language of the reply it continues.
 */
export const CONTINUE_INSTRUCTION =
  "Continue your previous answer exactly where it stopped. Do not repeat anything you already wrote.";

/**
 * What is sent for the next reply to the end of `path`: the system prompt first (if any), then the
 * history; when `continuing`, the path ends with the cut reply and the continue instruction follows.
 * `requiredTail` is how many of the last turns must survive trimming for the request to make sense.
 */
export function turnsForReply(
  path: readonly Message[],
  systemPrompt: string | undefined,
  continuing: boolean,
): { turns: ChatTurn[]; requiredTail: number } {
  const system: ChatTurn[] = systemPrompt?.trim() ? [{ role: "system", content: systemPrompt.trim() }] : [];
  const history = chatTurnsFrom(path);
  if (!continuing) return { turns: [...system, ...history], requiredTail: 1 };
  const turns = [...system, ...history, { role: "user" as const, content: CONTINUE_INSTRUCTION }];
  // The question, the reply so far and the instruction.
  return { turns, requiredTail: Math.min(3, history.length + 1) };
}
