import { UNTITLED, visibleTitle } from "./conversationTitle";
import type { ChatRole, FinishReason, GenerationStats } from "./generation";
import type { GenerationSettings } from "./generationSettings";
import type { ReplyFailure } from "./replyFailure";
import type { DocumentUse } from "./retrieval/storedDocument";

/**
 * A message's life: "streaming" while the reply is being generated; "complete" when it
 * ended normally; "stopped" when the user pressed Stop; "interrupted" when the page went
 * away mid-reply (found as "streaming" on the next start); "error" when generation failed.
 */
export type MessageStatus = "streaming" | "complete" | "stopped" | "interrupted" | "error";

export interface Message {
  id: string;
  conversationId: string;
  /** The message this one answers or follows; null for a conversation's first message (see messageTree.ts). */
  parentId: string | null;
  role: ChatRole;
  content: string;
  createdAt: number;
  status: MessageStatus;
  /** Assistant messages: which model wrote it, why it ended, and how fast. */
  modelId?: string;
  finishReason?: FinishReason;
  stats?: GenerationStats;
  /** What went wrong, as the engine said it (untranslated, technical). */
  error?: string;
  /** What went wrong, when Sigilo knows why: the interface words it. A message has this or `error`, not both. */
  failure?: ReplyFailure;
  /** Assistant messages: how many earlier messages were left out so the request fit the context window. */
  omittedMessages?: number;
  /**
   * Assistant messages of a reasoning model: how many seconds each `<think>` block of the reply took, in
   * order, as measured while it streamed; null for a block nothing measured (see thinking.ts).
   */
  thinkingSeconds?: (number | null)[];
  /** Assistant messages: the documents' passages the reply was given (its `[n]` citations point into them). */
  documents?: DocumentUse;
}

export interface Conversation {
  id: string;
  title: string;
  /** False until the title is set from the first message or by the user. */
  titled: boolean;
  createdAt: number;
  updatedAt: number;
  /** The last message of the branch on screen; absent means the newest branch. */
  activeLeafId?: string;
  /** Instructions sent first with every request; absent or empty means none. */
  systemPrompt?: string;
  /** Absent means the defaults (DEFAULT_GENERATION_SETTINGS). */
  settings?: GenerationSettings;
}

const TITLE_MAX_LENGTH = 48;

/** A conversation's automatic title: the first line of its first message, shortened at a word boundary. */
export function titleFromFirstMessage(text: string): string {
  const firstLine = text.trim().split(/\r?\n/, 1)[0]?.replace(/\s+/g, " ").trim() ?? "";
  const plain = visibleTitle(firstLine.replace(/[#*_`>[\]]/g, ""));
  if (!plain) return UNTITLED;
  if (plain.length <= TITLE_MAX_LENGTH) return plain;
  const cut = plain.slice(0, TITLE_MAX_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_MAX_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function newId(): string {
  return crypto.randomUUID();
}
