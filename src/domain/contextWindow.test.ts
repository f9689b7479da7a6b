import { describe, expect, it } from "vitest";
import { budgetAfterOverflow, estimateTokens, fitToContext, promptBudget } from "./contextWindow";
import type { ChatTurn } from "./generation";

const user = (content: string): ChatTurn => ({ role: "user", content });
const assistant = (content: string): ChatTurn => ({ role: "assistant", content });
/** A turn the estimate prices at exactly `tokens` (plus the per-message overhead). */
const sized = (make: (content: string) => ChatTurn, tokens: number) => make("x".repeat(tokens * 3));

describe("estimateTokens", () => {
  it("is pessimistic: 3 ASCII characters per token, one token per other character", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("abcdef")).toBe(2);
    expect(estimateTokens("abcdefg")).toBe(3);
    expect(estimateTokens("日本語")).toBe(3);
    expect(estimateTokens("olá")).toBe(2);
    // Real tokenizers give about 4 characters per token for English prose.
    const prose = "The quick brown fox jumps over the lazy dog. ".repeat(20);
    expect(estimateTokens(prose)).toBeGreaterThan(prose.length / 4);
  });
});

describe("promptBudget", () => {
  it("holds back room for the reply, but never more than half the window", () => {
    expect(promptBudget(4096, 1024)).toBe(3072);
    expect(promptBudget(4096, 4096)).toBe(2048);
  });
});

describe("fitToContext", () => {
  const system: ChatTurn = { role: "system", content: "Be brief." };

  it("sends everything when it fits", () => {
    const turns = [system, user("Hi"), assistant("Hello"), user("How are you?")];
    const fit = fitToContext(turns, 1000);
    expect(fit).toMatchObject({ ok: true, turns, omitted: 0 });
  });

  it("drops the oldest turns first, keeping the system prompt and the question", () => {
    const turns = [
      system,
      sized(user, 100),
      sized(assistant, 100),
      sized(user, 100),
      sized(assistant, 100),
      user("Last question"),
    ];
    const fit = fitToContext(turns, 300);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.turns[0]).toBe(system);
    expect(fit.turns.at(-1)).toEqual(user("Last question"));
    expect(fit.omitted).toBe(2);
    expect(fit.turns).toEqual([system, turns[3], turns[4], turns[5]]);
    expect(fit.estimatedTokens).toBeLessThanOrEqual(300);
  });

  it("starts what it keeps with a user turn, dropping a reply whose question was dropped", () => {
    const turns = [sized(user, 200), sized(assistant, 50), sized(user, 50), sized(assistant, 50), user("Q")];
    const fit = fitToContext(turns, 260);
    expect(fit).toMatchObject({ ok: true, omitted: 2 });
    if (fit.ok) expect(fit.turns[0]).toBe(turns[2]);
  });

  it("never drops the required tail (a continuation needs its question, reply and instruction)", () => {
    const turns = [user("a"), assistant("b"), sized(user, 50), sized(assistant, 50), user("go on")];
    const fit = fitToContext(turns, 160, 3);
    expect(fit).toMatchObject({ ok: true, omitted: 2, turns: turns.slice(2) });
    expect(fitToContext(turns, 100, 3).ok).toBe(false);
  });

  it("fails, with the estimate, when the question alone does not fit", () => {
    const fit = fitToContext([system, sized(user, 500)], 300);
    expect(fit.ok).toBe(false);
    expect(fit.estimatedTokens).toBeGreaterThan(500);
  });
});

describe("budgetAfterOverflow", () => {
  const sent = { budget: 3072, estimatedTokens: 3000, reservedForReply: 1024 };

  it("rescales the estimate with the real prompt length web-llm reported, with a margin", () => {
    const message =
      "ContextWindowSizeExceededError: Prompt tokens exceed context window size: number of prompt tokens: 6000; context window size: 4096\nConsider shortening the prompt";
    // Real tokens run at twice the estimate: 3072 real tokens are about 1536 estimated, less 10%.
    expect(budgetAfterOverflow(message, sent)).toBe(Math.floor(3072 * 0.5 * 0.9));
  });

  it("halves the budget when the message has no figures, and always shrinks it", () => {
    expect(budgetAfterOverflow("ContextWindowSizeExceededError: too long", sent)).toBe(1536);
    const barely = "number of prompt tokens: 3001; context window size: 8192";
    expect(budgetAfterOverflow(barely, sent)).toBeLessThan(sent.budget);
  });
});
