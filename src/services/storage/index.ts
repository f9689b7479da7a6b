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
import { createRecordCodec } from "./vault/recordCodec";
import { openVault, type Vault } from "./vault/vault";

export type { ConversationStore, ImportCounts, StoredKeys } from "./ConversationRepository";
export type { SettingsStore } from "./SettingsRepository";
export type { ClosedReason } from "./openDatabase";
export type { InvalidRecordReporter } from "./validate";
export type { Vault, VaultStatus } from "./vault/vault";
export type { ResealProgress } from "./vault/reseal";
export { VaultError, VaultLocked, type VaultErrorCode } from "./vault/vaultErrors";
export { DEFAULT_IDLE_MINUTES } from "./vault/vaultConfig";
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
  /** PBKDF2 iterations for a new passphrase; only tests lower it from the default (600,000). */
  vaultIterations?: number;
}

export interface SigiloStorage {
  conversations: ConversationStore;
  settings: SettingsStore;
  /** The optional passphrase lock; conversations are read and written through it. */
  vault: Vault;
  close(): void;
}

/** Opens (creating or migrating as needed) the database. Rejects if the database cannot be opened or migrated. */
export async function openStorage(options: StorageOptions = {}): Promise<SigiloStorage> {
  const { name = DB_NAME, onBlocked, onClosed, onInvalidRecords = warnAboutInvalidRecords } = options;
  const db = await openDatabase({ name, onBlocked, onClosed });
  const settings = createIdbSettingsStore(db, onInvalidRecords);
  const codec = createRecordCodec(() => vault.keyState());
  const vault: Vault = await openVault({
    db,
    settings,
    codec: () => codec,
    iterations: options.vaultIterations,
  });
  return {
    conversations: createIdbConversationStore(db, onInvalidRecords, codec),
    settings,
    vault,
    close: () => db.close(),
  };
}

export { networkLog, NETWORK_LOG_DB_NAME, type NetworkLog } from "./networkLog";
export { eraseAllDatabases, DatabaseNotErased } from "./eraseDatabases";
