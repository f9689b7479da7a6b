import type { DBSchema } from "idb";
import type { Conversation, Message } from "../../domain/conversation";
import type { SealedConversationRecord, SealedMessageRecord } from "./vault/sealedRecords";
import type { DocumentContent, DocumentInfo, DocumentVectors } from "../../domain/retrieval/storedDocument";
import type {
  SealedDocumentContentRecord,
  SealedDocumentInfoRecord,
  SealedDocumentVectorsRecord,
} from "./vault/documentCodec";

/** Sigilo's own database. web-llm keeps model files in `webllm/model`, `webllm/config` and `webllm/wasm`. */
export const DB_NAME = "sigilo";

/** Bump together with a new `if (oldVersion < N)` step in migrations.ts. */
export const DB_VERSION = 5;

/**
 * The current (version 5) shape of the database. The value types say what we write; what we read back
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
  /** Attached documents (version 4): what the library lists, one record per document. */
  documents: {
    key: string;
    value: DocumentInfo | SealedDocumentInfoRecord;
  };
  /** Each document's extracted text, pages and chunks, under the document's id. */
  documentContents: {
    key: string;
    value: DocumentContent | SealedDocumentContentRecord;
  };
  /** Each document's chunk embeddings, under the document's id; absent until (unless) it is embedded. */
  documentVectors: {
    key: string;
    value: DocumentVectors | SealedDocumentVectorsRecord;
  };
  /**
   * Replies being written (version 5): a message's id while it is stored as "streaming" (repliesInFlight.ts).
   * Plain: an id says nothing the messages store does not already show.
   */
  repliesInFlight: {
    key: string;
    value: ReplyInFlight;
  };
}

/** A message stored as "streaming", by id. */
export interface ReplyInFlight {
  id: string;
}
