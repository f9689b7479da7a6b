/*
 * The storage module's public face: the rest of the app imports from here only, and nothing else in the
 * app imports `idb`.
 */
import type { Message } from "../../domain/conversation";
import type { ConversationStore } from "./ConversationRepository";
import { createIdbConversationStore } from "./ConversationRepository";
import { openDatabase, type ClosedReason } from "./openDatabase";
import { DB_NAME } from "./schema";
import type { SettingsStore } from "./SettingsRepository";
import { createIdbSettingsStore } from "./SettingsRepository";
import { warnAboutInvalidRecords, type InvalidRecordReporter } from "./validate";
import { createUnreadableRecords, type UnreadableRecords } from "./unreadableRecords";
import { createRecordCodec } from "./vault/recordCodec";
import { createDocumentCodec } from "./vault/documentCodec";
import { createIdbDocumentStore, type DocumentStore } from "./DocumentRepository";
import { createSettingCodec } from "./vault/settingCodec";
import { openVault, type Vault } from "./vault/vault";

export type { ConversationStore, ImportCounts, StoredKeys } from "./ConversationRepository";
export type { SettingsStore } from "./SettingsRepository";
export type { DocumentStore } from "./DocumentRepository";
export type { ClosedReason } from "./openDatabase";
export type { InvalidRecordReporter } from "./validate";
export {
  noUnreadable,
  type UnreadableCounts,
  type UnreadableKind,
  type UnreadableRecords,
} from "./unreadableRecords";
export type { Vault, VaultProblem, VaultStatus } from "./vault/vault";
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
  /** Told which unreadable records a read skipped, besides `unreadable` (tests). */
  onInvalidRecords?: InvalidRecordReporter;
  /** PBKDF2 iterations for a new passphrase; only tests lower it from the default (600,000). */
  vaultIterations?: number;
}

export interface SigiloStorage {
  conversations: ConversationStore;
  /** Sealed by the lock like conversations, except the few needed before unlocking (settingsReadableWhileLocked.ts). */
  settings: SettingsStore;
  /** Attached documents (text, chunks, vectors), sealed by the lock like messages. */
  documents: DocumentStore;
  /** The optional passphrase lock; conversations and settings are read and written through it. */
  vault: Vault;
  /** The records reads left out because they could not be read, counted once each. */
  unreadable: UnreadableRecords;
  close(): void;
}

/** Opens (creating or migrating as needed) the database. Rejects if the database cannot be opened or migrated. */
export async function openStorage(options: StorageOptions = {}): Promise<SigiloStorage> {
  const { name = DB_NAME, onBlocked, onClosed, onInvalidRecords } = options;
  const db = await openDatabase({ name, onBlocked, onClosed });
  const unreadable = createUnreadableRecords();
  const reportInvalid: InvalidRecordReporter = (store, keys) => {
    unreadable.report(store, keys);
    onInvalidRecords?.(store, keys);
  };
  // The codecs ask the vault for the key only when a record or a sealed setting needs it, after it opened.
  const codec = createRecordCodec(() => vault.keyState());
  const settingCodec = createSettingCodec(() => vault.keyState());
  const documentCodec = createDocumentCodec(() => vault.keyState());
  const settings = createIdbSettingsStore(db, reportInvalid, settingCodec);
  const vault: Vault = await openVault({
    db,
    settings,
    codec: () => codec,
    settingCodec: () => settingCodec,
    documentCodec: () => documentCodec,
    iterations: options.vaultIterations,
  });
  return {
    conversations: createIdbConversationStore(db, reportInvalid, codec),
    settings,
    documents: createIdbDocumentStore(db, reportInvalid, documentCodec),
    vault,
    unreadable,
    close: () => db.close(),
  };
}

/** Reads one conversation's messages, from a worker; see openConversationReader. */
export interface ConversationReader {
  /** Oldest first; unreadable records are skipped and reported. Rejects with VaultLocked for sealed ones without a key. */
  getMessages(conversationId: string): Promise<Message[]>;
  /** The lock's key from the page (undefined with the lock off): sealed records are opened with it. */
  setKey(key: CryptoKey | undefined): void;
  close(): void;
}

/**
 * Read-only access to messages for a worker (the search index reads a long history there, off the page's
 * thread). A worker has no vault of its own: the page passes the lock's key, never the passphrase, and
 * nothing is written, so nothing is sealed here.
 */
export async function openConversationReader(options: {
  name?: string;
  onClosed?: (reason: ClosedReason) => void;
  onInvalidRecords?: InvalidRecordReporter;
}): Promise<ConversationReader> {
  const { name = DB_NAME, onClosed, onInvalidRecords = warnAboutInvalidRecords } = options;
  const db = await openDatabase({ name, onClosed });
  let key: CryptoKey | undefined;
  const codec = createRecordCodec(() => ({ key, sealWrites: false }));
  const conversations = createIdbConversationStore(db, onInvalidRecords, codec);
  return {
    getMessages: (conversationId) => conversations.getMessages(conversationId),
    setKey: (next) => (key = next),
    close: () => db.close(),
  };
}

export { networkLog, NETWORK_LOG_DB_NAME, type NetworkLog } from "./networkLog";
export { eraseAllDatabases, DatabaseNotErased } from "./eraseDatabases";
