import { describe, expect, it } from "vitest";
import type { Conversation, Message } from "../../domain/conversation";
import { conversationToMarkdown } from "../../domain/markdownExport";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import { markdownLabels } from "./markdownLabels";

const createdAt = Date.UTC(2026, 11, 7, 15, 30);
const conversation: Conversation = {
  id: "c1",
  title: "Marés",
  titled: true,
  createdAt,
  updatedAt: createdAt,
};
const base = { conversationId: "c1", createdAt: 0, parentId: null } as const;
const messages: Message[] = [
  { ...base, id: "m1", role: "user", content: "Por que há marés?", status: "complete" },
  { ...base, id: "m2", role: "assistant", content: "A **lua**", status: "stopped" },
  {
    ...base,
    id: "m3",
    role: "assistant",
    content: "",
    status: "error",
    failure: { code: "message-too-long", estimatedTokens: 12345, budget: 3000, maxReplyTokens: 1024 },
  },
  { ...base, id: "m4", role: "assistant", content: "", status: "error", error: "DeviceLostError: gone" },
];

describe("a Markdown export in the interface's language", () => {
  it("is written in Portuguese, numbers included, with the engine's own errors as they were", () => {
    const markdown = conversationToMarkdown(conversation, messages, markdownLabels(ptBR, "pt-BR"));
    expect(markdown).toContain("## Você\n\nPor que há marés?");
    // The date as Portuguese writes it, not ISO 8601 ("7 de dez. de 2026" in any time zone but the far east's).
    expect(markdown).toMatch(/^# Marés\n\n_\d{1,2} de dez\. de 2026, \d{2}:\d{2}_\n/);
    expect(markdown).toContain("## Assistente\n\nA **lua**\n\n_(parada)_");
    expect(markdown).toContain(
      "_(falhou: Esta mensagem é longa demais para o modelo: ela precisa de cerca de 12.345 tokens",
    );
    expect(markdown).toContain("_(vazia)_\n\n_(falhou: DeviceLostError: gone)_");
  });

  it("keeps its English wording", () => {
    const markdown = conversationToMarkdown(conversation, messages, markdownLabels(en, "en"));
    expect(markdown).toContain("## You\n\nPor que há marés?");
    expect(markdown).toMatch(/^# Marés\n\n_Dec \d{1,2}, 2026, \d{1,2}:\d{2}\s[AP]M_\n/);
    expect(markdown).toContain("_(stopped)_");
    expect(markdown).toContain(
      "_(failed: This message is too long for the model: it needs about 12,345 tokens, and with room for a reply of 1,024 tokens the model can read about 3,000. Shorten it, or lower “Max reply tokens” in Chat settings.)_",
    );
  });
});
