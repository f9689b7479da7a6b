import type { Message } from "./conversation";
import type { ChatTurn } from "./generation";
import { answerOf } from "./thinking";

/**
 * The turns sent to the model for the next reply: every user message and every assistant
 * reply that has text (stopped and interrupted replies included, as the user saw them).
 * Failed replies are left out: the model never said them.
 *
 * Earlier replies go without their thinking (`<think>…</think>`): Qwen3's model card says history should hold
 * only the final answers, its chat template drops the reasoning of earlier turns, and web-llm 0.2.86 does not
 * (it sends each turn's content as given; its Qwen3 example strips the blocks itself). So does DeepSeek-R1's
 * template. A reply that was only thinking is left out like an empty one. `keepThinkingOf` names the reply
 * being continued, which keeps its text as it is: the model goes on from exactly there.
 */
export function chatTurnsFrom(messages: readonly Message[], keepThinkingOf?: string): ChatTurn[] {
  return messages
    .filter((message) => message.status !== "error")
    .map((message) => ({
      role: message.role,
      content:
        message.role === "assistant" && message.id !== keepThinkingOf
          ? answerOf(message.content)
          : message.content,
    }))
    .filter((turn) => turn.content.trim() !== "");
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
  const history = chatTurnsFrom(path, continuing ? path.at(-1)?.id : undefined);
  if (!continuing) return { turns: [...system, ...history], requiredTail: 1 };
  const turns = [...system, ...history, { role: "user" as const, content: CONTINUE_INSTRUCTION }];
  // The question, the reply so far and the instruction.
  return { turns, requiredTail: Math.min(3, history.length + 1) };
}
