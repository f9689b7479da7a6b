import type { ChatTurn } from "./generation";

/*
 * web-llm does not trim history: a request longer than the model's context window fails with
 * ContextWindowSizeExceededError. So the app trims before sending, with a token estimate that is
 * deliberately pessimistic (a real tokenizer would need the model's tokenizer.json on the page).
 * Measured for Llama/Qwen/Gemma-style BPE tokenizers: English prose runs at about 4 characters per
 * token and source code at about 3; non-Latin scripts can take a token per character or more.
 */
export const ASCII_CHARS_PER_TOKEN = 3;
/** Role markers and separators the chat template wraps around each message. */
const TOKENS_PER_MESSAGE = 8;
/** The template's fixed part: begin-of-text, the header that opens the reply. */
const TOKENS_PER_REQUEST = 32;

export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 128) ascii++;
    else other++;
  }
  return Math.ceil(ascii / ASCII_CHARS_PER_TOKEN) + other;
}

function turnTokens(turn: ChatTurn): number {
  return estimateTokens(turn.content) + TOKENS_PER_MESSAGE;
}

/**
 * Tokens the history may take: the window minus room for the reply. At most half the window is held
 * back for the reply, so a large "max reply tokens" cannot leave no room for the question itself.
 */
export function promptBudget(contextWindow: number, maxReplyTokens: number): number {
  return contextWindow - Math.min(maxReplyTokens, Math.floor(contextWindow / 2));
}

export type ContextFit =
  | { ok: true; turns: ChatTurn[]; omitted: number; estimatedTokens: number }
  | { ok: false; estimatedTokens: number };

/**
 * Keeps the system prompt (a leading "system" turn) and the last `requiredTail` turns, then as many of
 * the most recent other turns as fit in `budget`, dropping the oldest first. What is kept after the
 * system prompt starts with a user turn, as chat templates expect. `omitted` counts dropped turns.
 */
export function fitToContext(turns: readonly ChatTurn[], budget: number, requiredTail = 1): ContextFit {
  const head = turns[0]?.role === "system" ? [turns[0]] : [];
  const body = turns.slice(head.length);
  const droppable = Math.max(0, body.length - requiredTail);
  let total = TOKENS_PER_REQUEST + [...head, ...body].reduce((sum, turn) => sum + turnTokens(turn), 0);
  let start = 0;
  const drop = () => {
    total -= turnTokens(body[start]!);
    start++;
  };
  while (total > budget && start < droppable) drop();
  while (start > 0 && start < droppable && body[start]?.role !== "user") drop();
  if (total > budget) return { ok: false, estimatedTokens: total };
  return { ok: true, turns: [...head, ...body.slice(start)], omitted: start, estimatedTokens: total };
}

const OVERFLOW_FIGURES = /number of prompt tokens: (\d+); context window size: (\d+)/;
/** Aim this far below the limit the engine reported, since the estimate was off once already. */
const RETRY_MARGIN = 0.9;

/**
 * The budget for a second attempt after the engine rejected a prompt the estimate said would fit.
 * web-llm's message gives the real prompt length and the window, which rescale the estimate; without
 * them the budget is halved.
 */
export function budgetAfterOverflow(
  engineMessage: string,
  sent: { budget: number; estimatedTokens: number; reservedForReply: number },
): number {
  const figures = OVERFLOW_FIGURES.exec(engineMessage);
  if (!figures) return Math.floor(sent.budget / 2);
  const realPromptTokens = Number(figures[1]);
  const window = Number(figures[2]);
  const estimatePerRealToken = sent.estimatedTokens / Math.max(1, realPromptTokens);
  const realBudget = window - Math.min(sent.reservedForReply, Math.floor(window / 2));
  return Math.min(sent.budget - 1, Math.floor(realBudget * estimatePerRealToken * RETRY_MARGIN));
}
