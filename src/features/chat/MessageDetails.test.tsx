import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Message } from "../../domain/conversation";
import type { GenerationStats } from "../../domain/generation";
import type { Language } from "../../i18n/language";
import { MessageDetails } from "./MessageDetails";

// Rendered without the app's store: the language is the one each test sets.
const shown = vi.hoisted(() => ({ language: "en" as Language }));
vi.mock("../../i18n/useT", async () => {
  const { en } = await import("../../i18n/messages/en");
  const { ptBR } = await import("../../i18n/messages/pt-BR");
  return { useT: () => (shown.language === "en" ? en : ptBR), useLanguage: () => shown.language };
});

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

function reply(stats: GenerationStats): Message {
  return {
    id: "a",
    conversationId: "c",
    parentId: null,
    role: "assistant",
    content: "Hi",
    createdAt: Date.UTC(2025, 0, 2, 3, 4),
    status: "complete",
    stats,
  };
}

const stats: GenerationStats = {
  promptTokens: 12,
  completionTokens: 240,
  prefillTokensPerSecond: 310.54,
  decodeTokensPerSecond: 41.23,
  timeToFirstTokenSeconds: 0.0824,
};

function detailsLine(message: Message, language: Language = "en"): string {
  shown.language = language;
  render(<MessageDetails message={message} modelName="Qwen" />);
  return screen.getByText(/^Qwen · /).textContent ?? "";
}

describe("MessageDetails", () => {
  it("shows the model, length and speeds of a reply", () => {
    expect(detailsLine(reply(stats))).toMatch(
      /^Qwen · .+ · 240 tokens · prefill 310\.5 tokens\/s · decode 41\.2 tokens\/s · first token after 0\.08 s$/,
    );
  });

  it("says 1 token, not 1 tokens, and leaves out a speed there was nothing to measure", () => {
    const line = detailsLine(reply({ ...stats, completionTokens: 1, decodeTokensPerSecond: undefined }));
    expect(line).toContain(" · 1 token · ");
    expect(line).not.toContain("decode");
  });

  it("shows very slow speeds with two significant digits instead of 0.0", () => {
    const line = detailsLine(
      reply({ ...stats, prefillTokensPerSecond: 0.083, decodeTokensPerSecond: 0.0417 }),
    );
    expect(line).toContain("prefill 0.083 tokens/s · decode 0.042 tokens/s");
  });

  it("follows Portuguese plural rules and number writing", () => {
    expect(detailsLine(reply({ ...stats, completionTokens: 1 }), "pt-BR")).toContain(
      " · 1 token · leitura 310,5 tokens/s · geração 41,2 tokens/s · primeiro token após 0,08 s",
    );
    cleanup();
    expect(detailsLine(reply({ ...stats, completionTokens: 1234 }), "pt-BR")).toContain(" · 1.234 tokens · ");
  });
});
