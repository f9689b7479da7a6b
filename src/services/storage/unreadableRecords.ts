import { warnAboutInvalidRecords, type InvalidRecordReporter, type RecordStoreName } from "./validate";

/** What the user is told about: a document's info, text and vectors are one document. */
export type UnreadableKind = "conversations" | "messages" | "documents" | "settings";

export type UnreadableCounts = Record<UnreadableKind, number>;

const KIND_OF: Record<RecordStoreName, UnreadableKind> = {
  conversations: "conversations",
  messages: "messages",
  documents: "documents",
  documentContents: "documents",
  documentVectors: "documents",
  settings: "settings",
};

/**
 * Every record a read left out as unreadable, each counted once however often it is read: the one place the
 * app learns what it could not read (the store tells the user). The records themselves stay stored, untouched.
 */
export interface UnreadableRecords {
  report: InvalidRecordReporter;
  counts(): UnreadableCounts;
  /** Called after each report that adds a record not seen before. */
  subscribe(listener: (counts: UnreadableCounts) => void): () => void;
}

export function noUnreadable(): UnreadableCounts {
  return { conversations: 0, messages: 0, documents: 0, settings: 0 };
}

export function createUnreadableRecords(): UnreadableRecords {
  const seen = new Set<string>();
  const listeners = new Set<(counts: UnreadableCounts) => void>();
  let counts = noUnreadable();
  return {
    report(store, keys) {
      warnAboutInvalidRecords(store, keys);
      const kind = KIND_OF[store];
      const fresh = keys.filter((key) => !seen.has(`${kind}/${key}`));
      if (fresh.length === 0) return;
      for (const key of fresh) seen.add(`${kind}/${key}`);
      counts = { ...counts, [kind]: counts[kind] + new Set(fresh).size };
      for (const listener of listeners) listener(counts);
    },
    counts: () => counts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
