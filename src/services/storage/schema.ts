import type { DBSchema } from "idb";
import type { Conversation, Message } from "../../domain/conversation";
import type { SealedConversationRecord, SealedMessageRecord } from "./vault/sealedRecords";

/** Sigilo's own database. web-llm keeps model files in `webllm/model`, `webllm/config` and `webllm/wasm`. */
export const DB_NAME = "sigilo";

/** Bump together with a new `if (oldVersion < N)` step in migrations.ts. */
export const DB_VERSION = 3;

/**
 * The current (version 3) shape of the database. The value types say what we write; what we read back
 * is still checked by validate.ts, because a record may predate a migration or have been edited by hand.
 */
export interface SigiloDB extends DBSchema {
  conversations: {
    key: string;
    /** Plain, or sealed when the lock is on (vault/sealedRecords.ts). */
    value: Conversation | SealedConversationRecord;
    indexes: { byUpdatedAt: number };
  };
  messages: {
    key: string;
    value: Message | SealedMessageRecord;
    /** Compound key: one conversation's messages, already in creation order. */
    indexes: { byConversation: [string, number] };
  };
  /** Out-of-line keys: one record per setting name; values are checked by the caller's guard on read. */
  settings: {
    key: string;
    value: unknown;
  };
}
