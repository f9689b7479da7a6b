/**
 * A long history (thousands of conversations, hundreds of thousands of messages) for the scale cases. The page
 * makes the records (bench/page/history.js) from the typed templates below, so a schema change the templates do
 * not follow fails the type check; and the app validates every record it reads, so a record the app would not
 * accept shows up as a missing conversation, which the cases check.
 */
import type { Page } from "@playwright/test";
import type { Conversation, Message } from "../../src/domain/conversation";
import { BENCH_MODEL_ID } from "./seedData";

export interface HistorySpec {
  conversations: number;
  messagesPerConversation: number;
  /** Average words per message (each message has between half and one and a half times this). */
  wordsPerMessage: number;
  /** Text appended to one message, so a search has exactly one hit to find. */
  needles: { conversation: number; message: number; text: string }[];
}

/** Words the messages are drawn from; accented ones check that search folds accents at scale too. */
export const HISTORY_VOCABULARY = (
  "the a of and to in is that it for on with as was by at this from summary report meeting contract " +
  "patient source code function review budget quarter plan draft version client invoice schedule " +
  "harbour lantern meadow copper river signal orchard velvet summit glacier thunder ember prairie " +
  "ação coração informação reunião orçamento análise código relatório contrato cliente versão prazo " +
  "você também então está não são pública público médico histórico após através"
).split(" ");

/** Titles are "<prefix> <n>: three words"; a search for the prefix with a number finds one title. */
export const HISTORY_TITLE_PREFIX = "Conversation";

export function historyTitleStart(index: number): string {
  return `${HISTORY_TITLE_PREFIX} ${index + 1}:`;
}

const conversationTemplate: Omit<Conversation, "id" | "title" | "createdAt" | "updatedAt"> = {
  titled: true,
};

type MessageTemplate = Omit<Message, "id" | "conversationId" | "parentId" | "content" | "createdAt">;
const messageTemplates: [MessageTemplate, MessageTemplate] = [
  { role: "user", status: "complete" },
  { role: "assistant", status: "complete", modelId: BENCH_MODEL_ID, finishReason: "stop" },
];

/** Writes the history into the app's database; the app must have created it. Returns the messages written. */
export async function seedHistory(page: Page, spec: HistorySpec, now = Date.now()): Promise<number> {
  return page.evaluate((input) => (window as unknown as HistoryWindow).__benchHistory.seedHistory(input), {
    ...spec,
    conversationTemplate,
    messageTemplates,
    vocabulary: HISTORY_VOCABULARY,
    titlePrefix: HISTORY_TITLE_PREFIX,
    now,
  });
}

interface HistoryWindow {
  __benchHistory: { seedHistory(input: unknown): Promise<number> };
}
