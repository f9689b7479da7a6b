import type { Conversation, Message } from "./conversation";

export interface SearchHit {
  conversationId: string;
  conversationTitle: string;
  /** Undefined when the title matched. */
  messageId?: string;
  role?: Message["role"];
  /** The matched text with a little context on each side, from the original (unfolded) text. */
  before: string;
  match: string;
  after: string;
}

/** Characters of context shown on each side of a match. */
const CONTEXT = 40;

const folded = new WeakMap<object, string>();

/**
 * Text made comparable: lower case and without accents ("Ação" finds "acao" and back), one output character
 * per input character so a match's position is also its position in the original text.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // A few characters (e.g. "İ") grow when lower-cased; fold those texts one character at a time.
  if (lower.length !== text.length) return Array.from(text, foldCharacter).join("");
  return lower.replace(/[^ -~\s]/g, foldCharacter);
}

function foldCharacter(char: string): string {
  const base = char.normalize("NFD").charAt(0).toLowerCase();
  return base.length === char.length ? base : char;
}

function foldedContent(message: Message): string {
  let text = folded.get(message);
  if (text === undefined) {
    text = foldForSearch(message.content);
    folded.set(message, text);
  }
  return text;
}

/**
 * Finds `query` in conversation titles and message text, conversations in the given order (newest first),
 * messages oldest first. Stops at `limit` hits: the first screenful is all anyone reads, and it keeps a search
 * over thousands of conversations quick.
 */
export function searchConversations(
  conversations: readonly Conversation[],
  messagesOf: (conversationId: string) => readonly Message[],
  query: string,
  limit: number,
): { hits: SearchHit[]; complete: boolean } {
  const needle = foldForSearch(query.trim());
  const hits: SearchHit[] = [];
  if (!needle) return { hits, complete: true };
  for (const conversation of conversations) {
    const base = { conversationId: conversation.id, conversationTitle: conversation.title };
    const titleAt = foldForSearch(conversation.title).indexOf(needle);
    if (titleAt !== -1) {
      hits.push({ ...base, ...excerpt(conversation.title, titleAt, needle.length) });
      if (hits.length >= limit) return { hits, complete: false };
    }
    for (const message of messagesOf(conversation.id)) {
      const at = foldedContent(message).indexOf(needle);
      if (at === -1) continue;
      hits.push({
        ...base,
        messageId: message.id,
        role: message.role,
        ...excerpt(message.content, at, needle.length),
      });
      if (hits.length >= limit) return { hits, complete: false };
    }
  }
  return { hits, complete: true };
}

function excerpt(text: string, at: number, length: number): Pick<SearchHit, "before" | "match" | "after"> {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + length + CONTEXT);
  const squash = (part: string) => part.replace(/\s+/g, " ");
  return {
    before: (start > 0 ? "…" : "") + squash(text.slice(start, at)).trimStart(),
    match: text.slice(at, at + length),
    after: squash(text.slice(at + length, end)).trimEnd() + (end < text.length ? "…" : ""),
  };
}
