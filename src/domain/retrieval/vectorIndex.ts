import { TopScores, type ScoredChunk } from "./topScores";

/**
 * Vector similarity: cosine between the question's embedding and each chunk's. Vectors are normalised once
 * when stored, so cosine is a plain dot product; one document's vectors sit in one Float32Array (chunk i
 * at [i × dimensions, (i + 1) × dimensions)), which is compact to store and fast to scan.
 */
export interface VectorIndex {
  documentId: string;
  dimensions: number;
  vectors: Float32Array;
}

/** A document's chunk embeddings, in chunk order, normalised into one array. */
export function buildVectorIndex(documentId: string, embeddings: readonly ArrayLike<number>[]): VectorIndex {
  const dimensions = embeddings[0]?.length ?? 0;
  const vectors = new Float32Array(embeddings.length * dimensions);
  embeddings.forEach((embedding, chunk) => {
    if (embedding.length !== dimensions) {
      throw new Error(`Embedding ${chunk} has ${embedding.length} dimensions; the first has ${dimensions}.`);
    }
    const slot = vectors.subarray(chunk * dimensions, (chunk + 1) * dimensions);
    slot.set(embedding);
    normaliseInPlace(slot);
  });
  return { documentId, dimensions, vectors };
}

/** The vector scaled to length 1 (a zero vector stays zero: it is similar to nothing). */
export function normalised(vector: ArrayLike<number>): Float32Array {
  return normaliseInPlace(new Float32Array(vector));
}

function normaliseInPlace(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i]! * vector[i]!;
  const length = Math.sqrt(sum);
  if (length > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= length;
  return vector;
}

/** The `limit` chunks most similar to `query` (any length; it is normalised here), best first. */
export function searchVectors(
  indexes: readonly VectorIndex[],
  query: ArrayLike<number>,
  limit: number,
): ScoredChunk[] {
  const unit = normalised(query);
  const best = new TopScores(limit);
  for (const { documentId, dimensions, vectors } of indexes) {
    if (dimensions !== unit.length) {
      // Vectors from another embedding model: comparing them would be meaningless, so say so loudly.
      throw new Error(
        `Document ${documentId} has ${dimensions}-dimension vectors; the query has ${unit.length}.`,
      );
    }
    const count = dimensions === 0 ? 0 : vectors.length / dimensions;
    for (let chunk = 0; chunk < count; chunk++) {
      best.offer(documentId, chunk, dot(vectors, chunk * dimensions, unit));
    }
  }
  return best.results();
}

/** vectors[offset ..] · query, four products a step (the loop V8 runs fastest). */
function dot(vectors: Float32Array, offset: number, query: Float32Array): number {
  const length = query.length;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let i = 0;
  for (; i + 3 < length; i += 4) {
    a += vectors[offset + i]! * query[i]!;
    b += vectors[offset + i + 1]! * query[i + 1]!;
    c += vectors[offset + i + 2]! * query[i + 2]!;
    d += vectors[offset + i + 3]! * query[i + 3]!;
  }
  for (; i < length; i++) a += vectors[offset + i]! * query[i]!;
  return a + b + c + d;
}
