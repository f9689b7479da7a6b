import type { IDBPDatabase } from "idb";
import type { DocumentContent, DocumentInfo, DocumentVectors } from "../../domain/retrieval/storedDocument";
import type { SigiloDB } from "./schema";
import { inTransaction } from "./transactions";
import { createWriteQueue } from "./writeQueue";
import { keepReadable, type InvalidRecordReporter } from "./validate";
import type { DocumentCodec } from "./vault/documentCodec";

/** Attached documents: the library's list, each one's text and chunks, and its vectors. */
export interface DocumentStore {
  /** Oldest first. Unreadable records are skipped and reported. */
  listDocuments(): Promise<DocumentInfo[]>;
  /** The contents of these documents, in the same order; a missing or unreadable one is left out. */
  getContents(ids: readonly string[]): Promise<DocumentContent[]>;
  /** The vectors of these documents that have them. */
  getVectors(ids: readonly string[]): Promise<DocumentVectors[]>;
  /** The ids of the documents that have vectors (their keys only: nothing is decrypted). */
  listVectorIds(): Promise<string[]>;
  /**
   * Adds vectors to a document stored without them, with its updated library record, in one transaction.
   * Resolves false, writing nothing, when the document is no longer stored (deleted meanwhile).
   */
  addVectors(info: DocumentInfo, vectors: DocumentVectors): Promise<boolean>;
  /** A new document, whole, in one transaction: all three records are saved or none. */
  saveDocument(info: DocumentInfo, content: DocumentContent, vectors?: DocumentVectors): Promise<void>;
  /** Replaces the library's record (the conversations a document is attached to). */
  saveInfo(info: DocumentInfo): Promise<void>;
  /** Removes the document's info, text, chunks and vectors in one transaction. Unknown ids are not an error. */
  deleteDocument(id: string): Promise<void>;
}

const STORES = ["documents", "documentContents", "documentVectors"] as const;

/** Like the conversation store: records are sealed (when the lock is on) before a transaction opens. */
export function createIdbDocumentStore(
  db: IDBPDatabase<SigiloDB>,
  reportInvalid: InvalidRecordReporter,
  codec: DocumentCodec,
): DocumentStore {
  const inOrder = createWriteQueue();

  async function readMany<T>(
    storeName: "documentContents" | "documentVectors",
    ids: readonly string[],
    decode: (stored: unknown) => Promise<T | undefined>,
  ): Promise<T[]> {
    const tx = db.transaction(storeName);
    const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    const present = stored.filter((record) => record !== undefined);
    return keepReadable(storeName, present, await Promise.all(present.map(decode)), reportInvalid);
  }

  return {
    async listDocuments() {
      const stored = await db.getAll("documents");
      const decoded = await Promise.all(stored.map((record) => codec.decodeInfo(record)));
      const readable = keepReadable("documents", stored, decoded, reportInvalid);
      return readable.sort((a, b) => a.createdAt - b.createdAt);
    },

    getContents: (ids) => readMany("documentContents", ids, (stored) => codec.decodeContent(stored)),

    getVectors: (ids) => readMany("documentVectors", ids, (stored) => codec.decodeVectors(stored)),

    saveDocument(info, content, vectors) {
      const encoded = Promise.all([
        codec.encodeInfo(info),
        codec.encodeContent(content),
        vectors && codec.encodeVectors(vectors),
      ]);
      encoded.catch(() => {});
      return inOrder(async () => {
        const [infoRecord, contentRecord, vectorsRecord] = await encoded;
        const tx = db.transaction(STORES, "readwrite");
        await inTransaction(tx, () =>
          Promise.all([
            tx.objectStore("documents").put(infoRecord),
            tx.objectStore("documentContents").put(contentRecord),
            vectorsRecord && tx.objectStore("documentVectors").put(vectorsRecord),
          ]),
        );
      });
    },

    listVectorIds: async () => (await db.getAllKeys("documentVectors")).map(String),

    addVectors(info, vectors) {
      const encoded = Promise.all([codec.encodeInfo(info), codec.encodeVectors(vectors)]);
      encoded.catch(() => {});
      return inOrder(async () => {
        const [infoRecord, vectorsRecord] = await encoded;
        const tx = db.transaction(["documents", "documentVectors"], "readwrite");
        return inTransaction(tx, async () => {
          // Read in the same transaction as the writes: a delete cannot slip in between.
          if ((await tx.objectStore("documents").getKey(info.id)) === undefined) return false;
          await Promise.all([
            tx.objectStore("documents").put(infoRecord),
            tx.objectStore("documentVectors").put(vectorsRecord),
          ]);
          return true;
        });
      });
    },

    saveInfo(info) {
      const encoded = codec.encodeInfo(info);
      encoded.catch(() => {});
      return inOrder(async () => {
        await db.put("documents", await encoded);
      });
    },

    deleteDocument(id) {
      return inOrder(async () => {
        const tx = db.transaction(STORES, "readwrite");
        await inTransaction(tx, () => Promise.all(STORES.map((name) => tx.objectStore(name).delete(id))));
      });
    },
  };
}
