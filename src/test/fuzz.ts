import type { Parameters } from "fast-check";

/**
 * Settings for every property-based (fuzz) test. `npm test` runs each property a few hundred times with a
 * fixed seed, so a failure reproduces on every machine; `npm run fuzz` runs many more, with a fresh seed
 * each time unless FUZZ_SEED pins one (a failure prints the seed and path to replay it).
 */
export function fuzzParameters<T>(overrides: Parameters<T> = {}): Parameters<T> {
  const runs = Number(import.meta.env.FUZZ_RUNS);
  const seed = import.meta.env.FUZZ_SEED;
  const long = Number.isFinite(runs) && runs > 0;
  return {
    numRuns: long ? runs : 200,
    seed: seed !== undefined ? Number(seed) : long ? undefined : 20261207,
    ...overrides,
  };
}
