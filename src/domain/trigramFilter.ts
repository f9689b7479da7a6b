/**
 * A Bloom filter of the three-character sequences in some texts: it says for certain when a text cannot
 * contain a query (one of the query's sequences is missing), so a search skips that conversation instead of
 * scanning its messages. Text that does contain the query always passes, so skipping never loses a hit: the
 * filter only decides where the exact scan (indexOf) runs. Pure.
 */

/** Bits per character of text: a conversation's filter stays a small fraction of its text and mostly empty. */
const BITS_PER_CHARACTER = 2;
const MIN_BITS = 256;
/** Past this (a very long conversation), the filter fills up and lets more through; the scan stays exact. */
const MAX_BITS = 1 << 20;

export interface TrigramFilter {
  readonly bits: Uint32Array;
}

/** The three-character sequences of a query, as hashes; none when it is shorter than three characters. */
export type QueryTrigrams = readonly number[];

/** A filter of every sequence in `texts` (each text on its own: no sequence spans two texts). */
export function trigramFilterOf(texts: readonly string[]): TrigramFilter {
  let length = 0;
  for (const text of texts) length += text.length;
  const size = Math.min(MAX_BITS, Math.max(MIN_BITS, nextPowerOfTwo(length * BITS_PER_CHARACTER)));
  const bits = new Uint32Array(size >>> 5);
  const mask = size - 1;
  for (const text of texts) {
    for (let at = 0; at + 2 < text.length; at++) {
      const bit = trigramHash(text, at) & mask;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return { bits };
}

export function queryTrigrams(foldedQuery: string): QueryTrigrams {
  const hashes = new Set<number>();
  for (let at = 0; at + 2 < foldedQuery.length; at++) hashes.add(trigramHash(foldedQuery, at));
  return [...hashes];
}

/** False when no text of the filter can contain the query; true when one may. */
export function mayContain(filter: TrigramFilter, trigrams: QueryTrigrams): boolean {
  const { bits } = filter;
  const mask = (bits.length << 5) - 1;
  for (const hash of trigrams) {
    const bit = hash & mask;
    if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

function trigramHash(text: string, at: number): number {
  let hash = Math.imul(text.charCodeAt(at), 0x9e3779b1);
  hash ^= Math.imul(text.charCodeAt(at + 1), 0x85ebca77);
  hash ^= Math.imul(text.charCodeAt(at + 2), 0xc2b2ae3d);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return (hash ^ (hash >>> 12)) >>> 0;
}

function nextPowerOfTwo(value: number): number {
  return value <= 1 ? 1 : 2 ** Math.ceil(Math.log2(value));
}
