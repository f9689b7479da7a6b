/**
 * Runs in a blank page (bundled by bench/cases/retrieval.ts): builds a synthetic library of `chunks` chunks
 * with fixture embeddings of `dimensions`, then times hybrid searches over all of it. The text is made of
 * pseudo-words drawn with Zipf's law, as words in real text are, so BM25's posting lists have realistic
 * lengths; the vectors are the fixture engine's own (src/domain/retrieval/fixtureEmbedding.ts).
 */
import { fixtureEmbedding } from "../../src/domain/retrieval/fixtureEmbedding";
import { hybridSearch } from "../../src/domain/retrieval/hybridSearch";
import { buildTermIndex, searchTermIndexes, type TermIndex } from "../../src/domain/retrieval/termIndex";
import { buildVectorIndex, searchVectors, type VectorIndex } from "../../src/domain/retrieval/vectorIndex";

export interface RetrievalBenchOptions {
  chunks: number;
  dimensions: number;
  queries: number;
}

export interface RetrievalBenchResult {
  /** Milliseconds per query, in the order run. */
  hybridMs: number[];
  termsMs: number[];
  vectorsMs: number[];
  indexBuildMs: number;
}

const WORDS_PER_CHUNK = 60;
const CHUNKS_PER_DOCUMENT = 500;
const VOCABULARY = 20_000;
const RESULTS = 8;

export function runRetrievalBench({
  chunks,
  dimensions,
  queries,
}: RetrievalBenchOptions): RetrievalBenchResult {
  const random = mulberry32(12_345);
  const vocabulary = Array.from({ length: VOCABULARY }, (_, rank) => pseudoWord(rank));
  const zipf = zipfSampler(VOCABULARY, random);
  const texts = Array.from({ length: chunks }, () =>
    Array.from({ length: WORDS_PER_CHUNK }, () => vocabulary[zipf()]).join(" "),
  );

  const terms: TermIndex[] = [];
  const vectors: VectorIndex[] = [];
  let indexBuildMs = 0;
  for (let start = 0; start < chunks; start += CHUNKS_PER_DOCUMENT) {
    const documentTexts = texts.slice(start, start + CHUNKS_PER_DOCUMENT);
    const documentId = `doc${start / CHUNKS_PER_DOCUMENT}`;
    const embeddings = documentTexts.map((text) => fixtureEmbedding(text, dimensions));
    const began = performance.now();
    terms.push(buildTermIndex(documentId, documentTexts));
    vectors.push(buildVectorIndex(documentId, embeddings));
    indexBuildMs += performance.now() - began;
  }

  const result: RetrievalBenchResult = { hybridMs: [], termsMs: [], vectorsMs: [], indexBuildMs };
  const time = (work: () => unknown) => {
    const began = performance.now();
    work();
    return performance.now() - began;
  };
  for (let query = 0; query < queries + 3; query++) {
    // Questions of a few mid-frequency words, as real questions are (the commonest words are stop words).
    const text = Array.from({ length: 4 }, () => vocabulary[50 + Math.floor(random() * 2000)]).join(" ");
    const vector = fixtureEmbedding(text, dimensions);
    const hybrid = time(() => hybridSearch(terms, vectors, { text, vector }, RESULTS));
    const byTerms = time(() => searchTermIndexes(terms, text, RESULTS));
    const byVectors = time(() => searchVectors(vectors, vector, RESULTS));
    // The first few warm the JIT up.
    if (query < 3) continue;
    result.hybridMs.push(hybrid);
    result.termsMs.push(byTerms);
    result.vectorsMs.push(byVectors);
  }
  return result;
}

/** Distinct, pronounceable, deterministic words: rank 0 → "ba", 1 → "be"… */
function pseudoWord(rank: number): string {
  const syllables = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "ca",
    "ce",
    "ci",
    "co",
    "cu",
    "da",
    "de",
    "di",
    "do",
    "du",
    "fa",
  ];
  let word = "";
  let value = rank + 1;
  while (value > 0) {
    word += syllables[value % syllables.length];
    value = Math.floor(value / syllables.length);
  }
  return `${word}${rank % 7 === 0 ? "s" : ""}x`;
}

/** Ranks drawn with probability ∝ 1 / rank (Zipf, s = 1), by inverting the cumulative distribution. */
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

(globalThis as unknown as { retrievalBench: typeof runRetrievalBench }).retrievalBench = runRetrievalBench;
