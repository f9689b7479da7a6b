/**
 * `npm run bench`: builds the fixture and production apps, serves the fixture build, runs every case in
 * headless Chromium, prints one table and writes bench/results/latest.json. See bench/README.md.
 *
 *   npm run bench                           all cases, 3 runs each
 *   npm run bench -- --runs 5               more runs (tighter medians, longer wait)
 *   npm run bench -- --smoke                every case once, small (what CI runs; figures mean nothing)
 *   npm run bench -- --only startup         only these cases (comma-separated; see CASE_NAMES)
 *   npm run bench -- --compare old.json     run, then print ratios against an earlier result
 *   npm run bench -- --compare old.json --results new.json   compare two saved results, no run
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { formatComparison, formatTable, measured, type BenchResults } from "./lib/report";
import { build, serveFixtureBuild } from "./lib/server";
import { launchBrowser } from "./lib/session";
import { CASE_NAMES, fullSuite, runSuite, SMOKE_SUITE, type CaseName } from "./suite";

const RESULTS_DIR = "bench/results";
const LATEST = `${RESULTS_DIR}/latest.json`;

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      smoke: { type: "boolean", default: false },
      only: { type: "string" },
      compare: { type: "string" },
      results: { type: "string" },
      "no-build": { type: "boolean", default: false },
      port: { type: "string", default: process.env.BENCH_PORT ?? "4335" },
    },
  });
  const base = args.compare ? readResults(args.compare) : undefined;
  if (args.results) {
    if (!base) throw new Error("--results compares a saved result with --compare <json>; give both.");
    console.log(formatComparison(base, readResults(args.results)));
    return;
  }
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1, not "${args.runs}".`);
  const only = args.only === undefined ? undefined : caseNames(args.only);
  const options = { ...(args.smoke ? SMOKE_SUITE : fullSuite(runs)), only };
  // Only the bundle and the first visit read the production build.
  const needsProduction = !only || only.includes("bundle") || only.includes("first-visit");

  if (!args["no-build"]) {
    console.log(needsProduction ? "Building the fixture and production apps…" : "Building the fixture app…");
    build("fixture");
    if (needsProduction) build("production");
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
    writeFileSync(LATEST, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${formatTable(results.metrics)}\n`);
    console.log(
      `${results.meta.commit} · Chromium ${results.meta.chromium} · ${results.meta.cpus} CPUs · ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s · written to ${LATEST}`,
    );
    if (base) console.log(`\n${formatComparison(base, results)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

function caseNames(list: string): CaseName[] {
  const names = list.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !CASE_NAMES.some((known) => known === name));
  if (unknown.length > 0) {
    throw new Error(`--only takes ${CASE_NAMES.join(", ")}; not ${unknown.join(", ")}.`);
  }
  return CASE_NAMES.filter((name) => names.includes(name));
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
