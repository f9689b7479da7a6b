import { fitToContext } from "../../../domain/contextWindow";
import type { Message } from "../../../domain/conversation";
import type { ChatTurn } from "../../../domain/generation";
import type { DocumentUse } from "../../../domain/retrieval/storedDocument";
import type { AppState } from "../../appState";

/**
 * The turns of a reply with the conversation's documents in them: their passages go into the system turn
 * (after the user's own instructions), where chat templates accept them and history trimming never drops
 * them. Returns the turns unchanged, and no `documents`, when nothing is attached.
 */
export async function withAttachedDocuments(
  state: AppState,
  conversationId: string,
  history: readonly Message[],
  turns: ChatTurn[],
  promptBudget: number,
): Promise<{ turns: ChatTurn[]; documents?: DocumentUse }> {
  const question = history.findLast((message) => message.role === "user")?.content ?? "";
  const conversationTokens = fitToContext(turns, Number.POSITIVE_INFINITY).estimatedTokens;
  const prompt = await state.internal_documentPrompt(conversationId, question, {
    promptBudget,
    conversationTokens,
  });
  if (!prompt || prompt.text === "") return { turns };
  const [first, ...rest] = turns;
  const withPassages =
    first?.role === "system"
      ? [{ role: "system" as const, content: `${first.content}\n\n${prompt.text}` }, ...rest]
      : [{ role: "system" as const, content: prompt.text }, ...turns];
  return { turns: withPassages, documents: { mode: prompt.mode, sources: prompt.sources } };
}
