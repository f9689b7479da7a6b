import { formatTable, measured } from "../bench/lib/report";
import { runSuite, SMOKE_SUITE } from "../bench/suite";
import { expect, test } from "./support/test";

/*
 * Keeps `npm run bench` from rotting: every case runs once, small, against the e2e servers' builds. Its
 * figures are never asserted (CI is noisy); what is checked is that each case measured something real.
 */
test("the benchmark runs every case end to end", async ({ browser, baseURL }) => {
  test.setTimeout(360_000);
  const metrics = (await runSuite(browser, baseURL!, SMOKE_SUITE)).map(measured);
  const value = (group: RegExp, name: string) =>
    metrics.find((metric) => group.test(metric.group) && metric.name === name)?.median;

  for (const metric of metrics) {
    expect(metric.values, `${metric.group} / ${metric.name}`).toHaveLength(1);
    expect(Number.isFinite(metric.median), `${metric.group} / ${metric.name}`).toBe(true);
  }
  // Not a timing: the production build keeps web-llm in its worker, once.
  expect(value(/^Bundle/, "web-llm only in the worker, once")).toBe(1);
  expect(value(/^Bundle/, "engine worker, raw")).toBeGreaterThan(1000);
  // Not a timing either: a first visit does not start web-llm's worker before a model is chosen.
  expect(value(/^First visit/, "received before first paint")).toBeGreaterThan(0);
  expect(value(/^First visit/, "web-llm's worker started with no model chosen")).toBe(0);
  expect(value(/^Streaming/, "IndexedDB write transactions (one reply)")).toBeGreaterThan(0);
  expect(value(/^Streaming/, "frame time p50")).toBeGreaterThan(0);
  expect(value(/^List/, "conversations listed")).toBe(SMOKE_SUITE.listConversations);
  expect(value(/^Documents: read/, "chunks")).toBeGreaterThan(0);
  expect(value(/^Documents: search/, "hybrid search p95")).toBeGreaterThan(0);
  expect(value(/^Bundle/, "documents worker and its parsers, gzip")).toBeGreaterThan(100);
  expect(value(/^Open a stored looping reply/, "until shown formatted")).toBeGreaterThan(0);
  expect(value(/^Looping reply streamed/, "until shown formatted")).toBeGreaterThan(0);
  // Not timings: the long-history case listed, scrolled and searched what it seeded.
  const history = /conversations, .* messages$/;
  expect(value(history, "conversations in the list")).toBe(SMOKE_SUITE.largeHistory.conversations);
  expect(value(history, "list: scrolled to the oldest conversation")).toBe(1);
  expect(value(history, "search: every query found what it should")).toBe(1);
  expect(value(/^First screens/, "first visit: navigation to usable model picker")).toBeGreaterThan(0);
  expect(formatTable(metrics)).toContain("UI tokens/s rendered");
});
