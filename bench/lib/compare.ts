/**
 * `npm run bench -- --compare`: this run against an earlier one, one line per figure with a verdict. A figure
 * changed only when the two runs' spreads (min – max over their runs) do not overlap: on a shared, noisy
 * machine a median moves by chance, and the spread says how far. Figures measured once (bundle sizes) are
 * exact, so any change beyond rounding counts.
 */
import { formatValue, table, type BenchResults, type MeasuredMetric } from "./report";

export type Verdict = "better" | "same" | "worse" | "new";

/** Single-run figures within this fraction of each other are the same (rounding of sizes). */
const EXACT_TOLERANCE = 0.005;

export function verdict(before: MeasuredMetric | undefined, now: MeasuredMetric): Verdict {
  if (!before || !Number.isFinite(before.median) || !Number.isFinite(now.median)) return "new";
  const exact = before.runs <= 1 && now.runs <= 1;
  const changed = exact
    ? Math.abs(now.median - before.median) > EXACT_TOLERANCE * Math.max(Math.abs(before.median), 1e-9)
    : now.min > before.max || now.max < before.min;
  if (!changed) return "same";
  return now.median < before.median === (now.better === "lower") ? "better" : "worse";
}

function spread(metric: MeasuredMetric): string {
  const median = formatValue(metric.median, metric.unit);
  return metric.runs > 1
    ? `${median} (${formatValue(metric.min, metric.unit)} – ${formatValue(metric.max, metric.unit)})`
    : median;
}

export function formatComparison(base: BenchResults, current: BenchResults): string {
  const before = new Map(base.metrics.map((metric) => [`${metric.group}\u0000${metric.name}`, metric]));
  const counts: Record<Verdict, number> = { better: 0, same: 0, worse: 0, new: 0 };
  const rows = current.metrics.map((metric) => {
    const old = before.get(`${metric.group}\u0000${metric.name}`);
    const result = verdict(old, metric);
    counts[result] += 1;
    const ratio = old && old.median !== 0 ? metric.median / old.median : Number.NaN;
    return [
      metric.group,
      metric.name,
      old ? spread(old) : "—",
      spread(metric),
      Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "—",
      result === "worse" ? "WORSE" : result,
    ];
  });
  const caveats = [
    base.meta.note || current.meta.note ? "one of the two is a smoke run: figures are not comparable." : "",
    base.meta.runs !== current.meta.runs ? `runs differ (${base.meta.runs} then ${current.meta.runs}).` : "",
  ].filter(Boolean);
  return [
    `Compared with ${base.meta.commit} (${base.meta.date}): medians (spread); a change counts only beyond the spreads.`,
    ...caveats.map((caveat) => `Note: ${caveat}`),
    table(["Case", "Metric", "Before", "Now", "Ratio", "Verdict"], rows),
    `${counts.better} better, ${counts.worse} worse, ${counts.same} same, ${counts.new} new.`,
  ].join("\n");
}

/**
 * `--compare` takes an optional file: alone (or followed by another option) it means the previous run. Node's
 * parseArgs has no optional values, so it is taken out of the arguments here.
 */
export function compareOption(argv: string[]): { compare: string | true | undefined; rest: string[] } {
  const at = argv.indexOf("--compare");
  if (at === -1) return { compare: undefined, rest: argv };
  const next = argv[at + 1];
  const file = next !== undefined && !next.startsWith("--") ? next : undefined;
  return {
    compare: file ?? true,
    rest: argv.filter((_, index) => index !== at && !(file && index === at + 1)),
  };
}
