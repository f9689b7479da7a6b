import { searchTerms } from "./terms";
import { TopScores, type ScoredChunk } from "./topScores";

/**
 * Full-text search with BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework", 2009), written
 * out rather than taken from a library (MiniSearch would do) because retrieval here searches *a chosen set
 * of documents*: each document gets its own small index, made once when it is added, and a question is
 * scored across whichever documents the conversation has attached, with corpus statistics (document
 * frequency, average length) summed over just those. A library index would have to be rebuilt for every
 * combination. The few dozen lines below are the whole algorithm; tokenizing is in terms.ts.
 */

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/** One document's full-text index: chunk lengths and, per term, the chunks holding it and how often. */
export interface TermIndex {
  documentId: string;
  /** Terms in each chunk, by chunk index. */
  lengths: Uint32Array;
  totalLength: number;
  postings: Map<string, { chunks: Uint32Array; counts: Uint32Array }>;
}

/** Indexes a document's chunk texts, in chunk order. */
export function buildTermIndex(documentId: string, chunkTexts: readonly string[]): TermIndex {
  const lengths = new Uint32Array(chunkTexts.length);
  const building = new Map<string, { chunks: number[]; counts: number[] }>();
  let totalLength = 0;
  chunkTexts.forEach((text, chunk) => {
    const counts = new Map<string, number>();
    const terms = searchTerms(text);
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    lengths[chunk] = terms.length;
    totalLength += terms.length;
    for (const [term, count] of counts) {
      let posting = building.get(term);
      if (!posting) building.set(term, (posting = { chunks: [], counts: [] }));
      posting.chunks.push(chunk);
      posting.counts.push(count);
    }
  });
  const postings = new Map<string, { chunks: Uint32Array; counts: Uint32Array }>();
  for (const [term, posting] of building) {
    postings.set(term, {
      chunks: Uint32Array.from(posting.chunks),
      counts: Uint32Array.from(posting.counts),
    });
  }
  return { documentId, lengths, totalLength, postings };
}

/** The `limit` chunks of `indexes` that best match `query` by BM25, best first; none when nothing matches. */
export function searchTermIndexes(
  indexes: readonly TermIndex[],
  query: string,
  limit: number,
): ScoredChunk[] {
  const terms = [...new Set(searchTerms(query))];
  const chunkCount = indexes.reduce((sum, index) => sum + index.lengths.length, 0);
  if (terms.length === 0 || chunkCount === 0) return [];
  const averageLength = indexes.reduce((sum, index) => sum + index.totalLength, 0) / chunkCount || 1;

  const best = new TopScores(limit);
  const termWeights = terms.map((term) => {
    const frequency = indexes.reduce((sum, index) => sum + (index.postings.get(term)?.chunks.length ?? 0), 0);
    // Lucene's non-negative IDF: a term in most chunks still counts a little, never against a chunk.
    return Math.log(1 + (chunkCount - frequency + 0.5) / (frequency + 0.5));
  });
  for (const index of indexes) {
    const scores = new Map<number, number>();
    terms.forEach((term, termIndex) => {
      const posting = index.postings.get(term);
      if (!posting) return;
      for (let i = 0; i < posting.chunks.length; i++) {
        const chunk = posting.chunks[i]!;
        const count = posting.counts[i]!;
        const norm = K1 * (1 - B + (B * index.lengths[chunk]!) / averageLength);
        const score = (termWeights[termIndex]! * (count * (K1 + 1))) / (count + norm);
        scores.set(chunk, (scores.get(chunk) ?? 0) + score);
      }
    });
    for (const [chunk, score] of scores) best.offer(index.documentId, chunk, score);
  }
  return best.results();
}
