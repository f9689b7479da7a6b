import { chunkKey, type ChunkRef } from "./document";
import type { ScoredChunk } from "./topScores";

/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): each ranking gives a chunk
 * 1 / (k + rank), and the sums decide. It needs no calibration between BM25 scores (unbounded, depending
 * on the words) and cosine similarities (−1…1, depending on the model), which is why hybrid search engines
 * (Elasticsearch, OpenSearch, Vespa) default to it. k = 60 is the paper's value: it keeps one ranking's
 * top hit from drowning out a chunk that both rankings place well. With one ranking empty (no embedding
 * model yet, or no word of the question in the documents) the other decides alone.
 */
export const RRF_K = 60;

export function reciprocalRankFusion(
  rankings: readonly (readonly ChunkRef[])[],
  limit: number,
  k: number = RRF_K,
): ScoredChunk[] {
  const fused = new Map<string, ScoredChunk & { first: number }>();
  let order = 0;
  for (const ranking of rankings) {
    ranking.forEach((ref, rank) => {
      const key = chunkKey(ref);
      const entry = fused.get(key) ?? {
        documentId: ref.documentId,
        index: ref.index,
        score: 0,
        first: order++,
      };
      entry.score += 1 / (k + rank + 1);
      fused.set(key, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, Math.max(0, limit))
    .map(({ documentId, index, score }) => ({ documentId, index, score }));
}
