/*
 * The storage module's public face: the rest of the app imports from here only, and nothing else in the
 * app imports `idb`.
 */
import type { ConversationStore } from "./ConversationRepository";
import { createIdbConversationStore } from "./ConversationRepository";
import { openDatabase, type ClosedReason } from "./openDatabase";
import { DB_NAME } from "./schema";
import type { SettingsStore } from "./SettingsRepository";
import { createIdbSettingsStore } from "./SettingsRepository";
import { warnAboutInvalidRecords, type InvalidRecordReporter } from "./validate";

export type { ConversationStore } from "./ConversationRepository";
export type { SettingsStore } from "./SettingsRepository";
export type { ClosedReason } from "./openDatabase";
export type { InvalidRecordReporter } from "./validate";
export { DB_NAME, DB_VERSION } from "./schema";

export interface StorageOptions {
  /** Database name; tests pass a unique one. Defaults to DB_NAME. */
  name?: string;
  /**
   * Another tab keeps an older version of the database open, so opening waits. The promise settles once
   * that tab lets go; meanwhile the UI should ask the user to close other Sigilo tabs.
   */
  onBlocked?: () => void;
  /** The connection closed itself (a newer version opened in another tab, or the browser ended it). */
  onClosed?: (reason: ClosedReason) => void;
  /** Told how many unreadable records a read skipped. Defaults to console.warn. */
  onInvalidRecords?: InvalidRecordReporter;
}

export interface SigiloStorage {
  conversations: ConversationStore;
  settings: SettingsStore;
  close(): void;
}

/** Opens (creating or migrating as needed) the database. Rejects if the database cannot be opened or migrated. */
export async function openStorage(options: StorageOptions = {}): Promise<SigiloStorage> {
  const { name = DB_NAME, onBlocked, onClosed, onInvalidRecords = warnAboutInvalidRecords } = options;
  const db = await openDatabase({ name, onBlocked, onClosed });
  return {
    conversations: createIdbConversationStore(db, onInvalidRecords),
    settings: createIdbSettingsStore(db, onInvalidRecords),
    close: () => db.close(),
  };
}

export { networkLog, NETWORK_LOG_DB_NAME, type NetworkLog } from "./networkLog";
export { eraseAllDatabases } from "./eraseDatabases";
