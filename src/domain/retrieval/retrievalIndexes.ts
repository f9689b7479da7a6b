import type { ChunkRef } from "./document";
import { hybridSearch } from "./hybridSearch";
import { buildTermIndex, type TermIndex } from "./termIndex";
import type { VectorIndex } from "./vectorIndex";

/** What ranking a document needs: its chunks' texts in order, and its vectors when it was embedded. */
export interface RetrievalDocument {
  id: string;
  chunkTexts: string[];
  vectors?: { model: string; dimensions: number; data: Float32Array };
}

export interface RankRequest {
  documentIds: readonly string[];
  question: string;
  /** The question's embedding, and which model made it: only that model's vectors are compared with it. */
  query?: { model: string; vector: Float32Array };
  limit: number;
}

/**
 * The full-text and vector indexes of the documents being asked about, built once per document and kept, and
 * hybrid search over them. It runs in the documents worker: at 100,000 chunks building takes seconds and one
 * search some 100 ms (npm run bench), which the page's thread must not spend.
 */
export function createRetrievalIndexes() {
  const held = new Map<string, { terms: TermIndex; vectors?: { model: string; index: VectorIndex } }>();
  return {
    holds: (documentId: string) => held.has(documentId),

    add({ id, chunkTexts, vectors }: RetrievalDocument): void {
      held.set(id, {
        terms: buildTermIndex(id, chunkTexts),
        ...(vectors && {
          vectors: {
            model: vectors.model,
            index: { documentId: id, dimensions: vectors.dimensions, vectors: vectors.data },
          },
        }),
      });
    },

    rank({ documentIds, question, query, limit }: RankRequest): ChunkRef[] {
      const documents = documentIds.flatMap((id) => held.get(id) ?? []);
      const vectors = query
        ? documents.flatMap((document) =>
            document.vectors?.model === query.model ? [document.vectors.index] : [],
          )
        : [];
      return hybridSearch(
        documents.map((document) => document.terms),
        vectors,
        { text: question, ...(query && { vector: query.vector }) },
        limit,
      ).map(({ documentId, index }) => ({ documentId, index }));
    },

    /** Drops these documents' indexes (deleted, or the lock forgot them); all when `ids` is absent. */
    forget(ids?: readonly string[]): void {
      if (!ids) held.clear();
      else ids.forEach((id) => held.delete(id));
    },
  };
}

export type RetrievalIndexes = ReturnType<typeof createRetrievalIndexes>;
