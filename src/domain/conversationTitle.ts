/*
 * What a conversation's title may show. A title is a label on a row of the sidebar and in sentences ("Delete
 * “…”?"), and it comes from storage, files and the user: it must show something, and must not reorder the
 * text around it. One place, used on read (recordSchema.ts, so import too), on rename and for automatic titles.
 */

/** The title of a conversation without one that shows anything (and of one whose first line is empty). */
export const UNTITLED = "New chat";

/**
 * Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI): one left
 * open in a title reverses the rest of the sentence or row it is shown in. Marks (LRM, RLM) only nudge, and
 * right-to-left titles need none of these to show right.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text that shows nothing: whitespace, control and format characters (zero-width space and joiners, word
 * joiner, byte-order mark, soft hyphen, direction marks) and the letters drawn blank (Hangul fillers, braille
 * blank). Inside a title, joiners stay: emoji sequences are made with them.
 */
const SHOWS_NOTHING = /^[\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** The title as it may be shown, or undefined when nothing of it would show. */
export function visibleTitle(raw: string): string | undefined {
  const title = raw.replace(BIDI_CONTROLS, "").trim();
  return SHOWS_NOTHING.test(title) ? undefined : title;
}

/** The title as it may be shown, or UNTITLED when nothing of it would show. */
export function cleanTitle(raw: string): string {
  return visibleTitle(raw) ?? UNTITLED;
}
