import type { Message } from "./conversation";

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

/** Non-ASCII characters already folded: a long history repeats the same few accented letters millions of times. */
const foldedCharacters = new Map<string, string>();

/**
 * Text made comparable: lower case and without accents ("Ação" finds "acao" and back), one output character
 * per input character so a match's position is also its position in the original text.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // A few characters (e.g. "İ") grow when lower-cased; fold those texts one character at a time.
  if (lower.length !== text.length) return Array.from(text, foldCharacter).join("");
  return lower.replace(/[^ -~\s]/g, foldCharacterOnce);
}

function foldCharacterOnce(char: string): string {
  let folded = foldedCharacters.get(char);
  if (folded === undefined) {
    folded = foldCharacter(char);
    foldedCharacters.set(char, folded);
  }
  return folded;
}

function foldCharacter(char: string): string {
  const base = char.normalize("NFD").charAt(0).toLowerCase();
  return base.length === char.length ? base : char;
}

/** The match at `at` (of `length` characters) in `text`, with a little context on each side, white space squashed. */
export function excerpt(
  text: string,
  at: number,
  length: number,
): Pick<SearchHit, "before" | "match" | "after"> {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + length + CONTEXT);
  const squash = (part: string) => part.replace(/\s+/g, " ");
  return {
    before: (start > 0 ? "…" : "") + squash(text.slice(start, at)).trimStart(),
    match: text.slice(at, at + length),
    after: squash(text.slice(at + length, end)).trimEnd() + (end < text.length ? "…" : ""),
  };
}
