import * as v from "valibot";

/**
 * A list of at most `max` items, its length checked before any item: a record or file claiming a million
 * entries (sources of a reply, a document's conversations) is refused at once, not after checking each one,
 * and never reaches a screen that would lay out a million rows.
 */
export function boundedArray<const TItem extends v.GenericSchema>(item: TItem, max: number) {
  return v.pipe(
    v.custom<unknown[]>((value) => Array.isArray(value) && value.length <= max, `at most ${max} entries`),
    v.array(item),
  );
}

/** Far above what the app writes; see each use. */
export const LIST_LIMITS = {
  /** Passages a reply was given: a context window holds at most a few hundred. */
  sources: 10_000,
  /** Headings above a passage: documents nest a handful deep. */
  headingPath: 100,
  /** Conversations a document is attached to: as many as a file may import. */
  conversationIds: 50_000,
  /** Pages of a document without text. */
  pages: 100_000,
  /** Thinking blocks of one reply. */
  thinkingBlocks: 10_000,
} as const;
