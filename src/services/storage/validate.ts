/*
 * Stored data is untrusted: it may predate a migration, come from a newer version of the app, or be
 * edited in DevTools. Every record is read through the one record schema (domain/recordSchema.ts, which
 * import uses too), and one bad record must not hide the rest.
 */
export { isRecord } from "../../domain/recordSchema";

export interface Validated<T> {
  valid: T[];
  /** How many records could not be read and were left out. */
  skipped: number;
}

/** Keeps the records that could be read (the codec gives undefined for the others), in order, and counts the rest. */
export function keepReadable<T>(records: readonly (T | undefined)[]): Validated<T> {
  const valid = records.filter((record): record is T => record !== undefined);
  return { valid, skipped: records.length - valid.length };
}

/** Told how many unreadable records a read skipped. Gets counts only: records hold private text. */
export type InvalidRecordReporter = (store: string, skipped: number) => void;

export const warnAboutInvalidRecords: InvalidRecordReporter = (store, skipped) => {
  console.warn(`Sigilo storage: skipped ${skipped} unreadable record(s) in "${store}"`);
};
