import { openBytes, openJson, sealBytes, sealJson } from "../../../lib/crypto/passphraseKey";
import {
  readDocumentContent,
  readDocumentInfo,
  readDocumentVectors,
  type DocumentContent,
  type DocumentInfo,
  type DocumentVectors,
} from "../../../domain/retrieval/storedDocument";
import { isRecord } from "../validate";
import { decodeStored, sealingKey, type KeyState } from "./recordCodec";
import { isSealedRecord, SEALED_FORMAT, type SealedBox } from "./sealedRecords";

/*
 * Documents sealed like messages (sealedRecords.ts): only the id (and the info's createdAt, for sorting) stays
 * in the clear; the name, text, chunks and vectors are inside. Vectors are sealed as bytes beside their sealed
 * model name, so a 100-page document's vectors are not written as 1 MB of JSON.
 */

export interface SealedDocumentInfoRecord {
  id: string;
  createdAt: number;
  sealed: SealedBox;
}

export interface SealedDocumentContentRecord {
  id: string;
  sealed: SealedBox;
}

export interface SealedDocumentVectorsRecord {
  id: string;
  /** `{ model, dimensions }`. */
  sealed: SealedBox;
  sealedVectors: SealedBox;
}

// The record's kind and id are authenticated with its content: nothing sealed can be moved onto another record.
const context = (kind: "info" | "content" | "vectors", id: string) => `sigilo/documents/${kind}/${id}`;

async function box(key: CryptoKey, value: unknown, where: string): Promise<SealedBox> {
  return { format: SEALED_FORMAT, ...(await sealJson(key, value, where)) };
}

/** Turns documents into stored records and back, sealed or plain as the lock says (see RecordCodec). */
export interface DocumentCodec {
  encodeInfo(info: DocumentInfo): Promise<DocumentInfo | SealedDocumentInfoRecord>;
  encodeContent(content: DocumentContent): Promise<DocumentContent | SealedDocumentContentRecord>;
  encodeVectors(vectors: DocumentVectors): Promise<DocumentVectors | SealedDocumentVectorsRecord>;
  /** Undefined when unreadable (malformed, or sealed with another key); rejects with VaultLocked without a key. */
  decodeInfo(stored: unknown): Promise<DocumentInfo | undefined>;
  decodeContent(stored: unknown): Promise<DocumentContent | undefined>;
  decodeVectors(stored: unknown): Promise<DocumentVectors | undefined>;
  isInWriteFormat(stored: unknown): boolean;
}

export function createDocumentCodec(keyState: () => KeyState): DocumentCodec {
  const writeKey = () => sealingKey(keyState);
  const decode = <T>(
    stored: unknown,
    open: (key: CryptoKey, record: never) => Promise<unknown>,
    read: (value: unknown) => T | undefined,
  ) => decodeStored(keyState, stored, open, read);

  async function openWithClearFields(
    key: CryptoKey,
    { sealed, ...clear }: { id: string; sealed: SealedBox } & Record<string, unknown>,
    kind: "info" | "content",
  ): Promise<unknown> {
    const content = await openJson(key, sealed, context(kind, clear.id));
    return isRecord(content) ? { ...content, ...clear } : undefined;
  }

  return {
    async encodeInfo(info) {
      const key = writeKey();
      if (!key) return info;
      const { id, createdAt, ...content } = info;
      return { id, createdAt, sealed: await box(key, content, context("info", id)) };
    },
    async encodeContent(stored) {
      const key = writeKey();
      if (!key) return stored;
      const { id, ...content } = stored;
      return { id, sealed: await box(key, content, context("content", id)) };
    },
    async encodeVectors(stored) {
      const key = writeKey();
      if (!key) return stored;
      const { id, model, dimensions, vectors } = stored;
      const where = context("vectors", id);
      const bytes = vectors.slice().buffer;
      const sealedVectors: SealedBox = {
        format: SEALED_FORMAT,
        ...(await sealBytes(key, bytes, `${where}/bytes`)),
      };
      return { id, sealed: await box(key, { model, dimensions }, where), sealedVectors };
    },
    decodeInfo: (stored) =>
      decode(stored, (key, record) => openWithClearFields(key, record, "info"), readDocumentInfo),
    decodeContent: (stored) =>
      decode(stored, (key, record) => openWithClearFields(key, record, "content"), readDocumentContent),
    decodeVectors: (stored) =>
      decode(
        stored,
        async (key, { id, sealed, sealedVectors }) => {
          const where = context("vectors", id);
          const header = await openJson(key, sealed, where);
          if (!isRecord(header) || !isSealedRecord({ id, sealed: sealedVectors })) return undefined;
          const bytes = await openBytes(key, sealedVectors as SealedBox, `${where}/bytes`);
          return { ...header, id, vectors: new Float32Array(bytes) };
        },
        readDocumentVectors,
      ),
    isInWriteFormat: (stored) => isSealedRecord(stored) === keyState().sealWrites,
  };
}
