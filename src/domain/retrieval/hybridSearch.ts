import { reciprocalRankFusion } from "./fusion";
import { searchTermIndexes, type TermIndex } from "./termIndex";
import type { ScoredChunk } from "./topScores";
import { searchVectors, type VectorIndex } from "./vectorIndex";

/** How deep each ranking is read before fusing: well past what a prompt can hold, cheap to fuse. */
const CANDIDATES = 50;

export interface HybridQuery {
  text: string;
  /** The question's embedding, by the same model as the documents' vectors; absent without a model. */
  vector?: ArrayLike<number>;
}

/**
 * The chunks of the given documents that best answer `query`: BM25 over the words and cosine over the
 * embeddings, fused by reciprocal rank. Documents without vectors (not embedded yet) take part through
 * their words alone.
 */
export function hybridSearch(
  terms: readonly TermIndex[],
  vectors: readonly VectorIndex[],
  query: HybridQuery,
  limit: number,
): ScoredChunk[] {
  const byWords = searchTermIndexes(terms, query.text, CANDIDATES);
  const byMeaning =
    query.vector && vectors.length > 0 ? searchVectors(vectors, query.vector, CANDIDATES) : [];
  return reciprocalRankFusion([byWords, byMeaning], limit);
}
