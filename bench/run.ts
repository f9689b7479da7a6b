/**
 * `npm run bench`: builds the fixture and production apps, serves the fixture build, runs every case in
 * headless Chromium, prints one table and writes bench/results/latest.json. See bench/README.md.
 *
 *   npm run bench                           all cases, 3 runs each
 *   npm run bench -- --runs 5               more runs (tighter medians, longer wait)
 *   npm run bench -- --smoke                every case once, small (what CI runs; figures mean nothing)
 *   npm run bench -- --only looping         one case (bundle, firstVisit, startup, streaming, open, list, looping, documents, firstScreens, history)
 *   npm run bench -- --compare              run, then compare with the previous run (bench/results/previous.json)
 *   npm run bench -- --compare old.json     run, then compare with an earlier result
 *   npm run bench -- --compare old.json --results new.json   compare two saved results, no run
 * Each run keeps the one before it: latest.json moves to previous.json before the new one is written.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { compareOption, formatComparison } from "./lib/compare";
import { formatTable, measured, type BenchResults } from "./lib/report";
import { build, serveFixtureBuild } from "./lib/server";
import { launchBrowser } from "./lib/session";
import { CASE_NAMES, fullSuite, runSuite, SMOKE_SUITE, type CaseName } from "./suite";

const RESULTS_DIR = "bench/results";
const LATEST = `${RESULTS_DIR}/latest.json`;
const PREVIOUS = `${RESULTS_DIR}/previous.json`;

async function main(): Promise<void> {
  const { compare, rest } = compareOption(process.argv.slice(2));
  const { values: args } = parseArgs({
    args: rest,
    options: {
      runs: { type: "string", default: "3" },
      smoke: { type: "boolean", default: false },
      results: { type: "string" },
      "no-build": { type: "boolean", default: false },
      port: { type: "string", default: process.env.BENCH_PORT ?? "4335" },
      only: { type: "string" },
    },
  });
  // Without a file, --compare means "with the run before this one": the current latest.json.
  const baseFile = compare === true ? LATEST : compare;
  if (baseFile && !existsSync(baseFile)) {
    throw new Error(`Nothing to compare with: ${baseFile} does not exist (run the bench once first).`);
  }
  const base = baseFile ? readResults(baseFile) : undefined;
  if (args.results) {
    if (!base) throw new Error("--results compares a saved result with --compare <json>; give both.");
    console.log(formatComparison(base, readResults(args.results)));
    return;
  }
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1, not "${args.runs}".`);
  const only = args.only;
  if (only !== undefined && !(CASE_NAMES as readonly string[]).includes(only))
    throw new Error(`--only takes one of ${CASE_NAMES.join(", ")}, not "${only}".`);
  const options = { ...(args.smoke ? SMOKE_SUITE : fullSuite(runs)), only: only as CaseName | undefined };

  if (!args["no-build"]) {
    console.log("Building the fixture and production apps…");
    build("fixture");
    build("production");
  }
  const server = await serveFixtureBuild(Number(args.port));
  const browser = await launchBrowser();
  try {
    const started = Date.now();
    const metrics = await runSuite(browser, server.url, options, (line) => console.log(`· ${line}`));
    const results: BenchResults = {
      meta: {
        date: new Date().toISOString(),
        commit: gitCommit(),
        chromium: browser.version(),
        node: process.version,
        cpus: cpus().length,
        runs: options.runs,
        ...(args.smoke ? { note: "smoke run: small cases, figures not comparable" } : {}),
      },
      metrics: metrics.map(measured),
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    if (existsSync(LATEST)) renameSync(LATEST, PREVIOUS);
    writeFileSync(LATEST, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatTable(results.metrics)}\n`);
    console.log(
      `${results.meta.commit} · Chromium ${results.meta.chromium} · ${results.meta.cpus} CPUs · ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s · written to ${LATEST}`,
    );
    if (base) console.log(`\n${formatComparison(base, results)}`);
    if (existsSync(PREVIOUS)) console.log(`The run before this one is kept in ${PREVIOUS}.`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

function readResults(path: string): BenchResults {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as BenchResults).metrics)) {
    throw new Error(`${path} is not a benchmark result (no "metrics" list).`);
  }
  return parsed as BenchResults;
}

function gitCommit(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return "unknown";
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
