#!/usr/bin/env node
// `npm run fuzz`: the property-based tests (*.fuzz.test.ts) with many runs and a fresh seed. `npm test` runs the
// same tests briefly with a fixed seed. Options: --runs N (default 20000); FUZZ_SEED=<n> replays a failure.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20000" } } });
const result = spawnSync("npx", ["vitest", "run", "fuzz.test", "--testTimeout=0"], {
  stdio: "inherit",
  env: { ...process.env, FUZZ_RUNS: values.runs },
});
process.exit(result.status ?? 1);
