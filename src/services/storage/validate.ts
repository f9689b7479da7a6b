/*
 * Stored data is untrusted: it may predate a migration, come from a newer version of the app, or be
 * edited in DevTools. Every record is read through the one record schema (domain/recordSchema.ts, which
 * import uses too), and one bad record must not hide the rest.
 */
export { isRecord } from "../../domain/recordSchema";
import { isRecord } from "../../domain/recordSchema";

/** The object stores whose records a read can skip as unreadable. */
export type RecordStoreName =
  "conversations" | "messages" | "documents" | "documentContents" | "documentVectors" | "settings";

/**
 * Told which records a read left out because they could not be read (malformed, from a newer version, or
 * sealed with another key). Gets their keys only (random ids and setting names): records hold private text.
 * The same record may be reported by several reads.
 */
export type InvalidRecordReporter = (store: RecordStoreName, keys: readonly string[]) => void;

/**
 * The records that could be read (the codec gives undefined for the others), in order; the others' keys go
 * to `report`. `stored` and `decoded` are the same records, before and after decoding.
 */
export function keepReadable<T>(
  store: RecordStoreName,
  stored: readonly unknown[],
  decoded: readonly (T | undefined)[],
  report: InvalidRecordReporter,
): T[] {
  const unreadable = stored.filter((_, index) => decoded[index] === undefined);
  if (unreadable.length > 0) report(store, unreadable.map(recordKey));
  return decoded.filter((record): record is T => record !== undefined);
}

/** The records of these stores are keyed by their `id` (their keyPath), which IndexedDB guarantees is there. */
function recordKey(record: unknown): string {
  return isRecord(record) ? String(record.id) : String(record);
}

export const warnAboutInvalidRecords: InvalidRecordReporter = (store, keys) => {
  console.warn(`Sigilo storage: skipped ${keys.length} unreadable record(s) in "${store}"`);
};
