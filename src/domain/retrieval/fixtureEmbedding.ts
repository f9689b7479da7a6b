import { normalised } from "./vectorIndex";
import { searchTerms } from "./terms";

/** The dimensions of the embedding models Sigilo offers: snowflake-arctic-embed-s (384) and -m (768). */
export const EMBEDDING_DIMENSIONS = { small: 384, medium: 768 } as const;

/**
 * A deterministic stand-in for an embedding model, for the fixture engine and tests: words and word pairs
 * (as full-text search sees them, so accents fold) hashed into `dimensions` slots with a ± sign, then
 * normalised. Texts sharing words point the same way, so retrieval behaves sensibly without a model —
 * but it knows no synonyms: only a real model finds "car" near "automobile".
 */
export function fixtureEmbedding(
  text: string,
  dimensions: number = EMBEDDING_DIMENSIONS.small,
): Float32Array {
  const vector = new Float32Array(dimensions);
  const terms = searchTerms(text);
  const add = (feature: string, weight: number) => {
    const hash = fnv1a(feature);
    vector[hash % dimensions]! += hash & 0x80000000 ? -weight : weight;
  };
  terms.forEach((term, position) => {
    add(term, 1);
    if (position > 0) add(`${terms[position - 1]} ${term}`, 0.5);
  });
  return normalised(vector);
}

/** 32-bit FNV-1a over UTF-16 code units: small, fast and well spread for short keys. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
