/** The benchmark's results: metrics with their runs, budgets, one printed table and JSON (compare.ts compares). */
import { summarize, type Summary } from "./stats";

export interface Budget {
  op: "<=" | ">=";
  value: number;
}

export type Unit = "ms" | "KB" | "tokens/s" | "%" | "count" | "yes/no";

export interface Metric {
  group: string;
  name: string;
  unit: Unit;
  /** One value per run. */
  values: number[];
  /** Which way is an improvement (used by --compare). */
  better: "lower" | "higher";
  budget?: Budget;
}

export type MeasuredMetric = Metric & Summary & { met?: boolean };

export interface BenchResults {
  meta: {
    date: string;
    commit: string;
    chromium: string;
    node: string;
    cpus: number;
    runs: number;
    note?: string;
  };
  metrics: MeasuredMetric[];
}

export function measured(metric: Metric): MeasuredMetric {
  const summary = summarize(metric.values);
  const met = metric.budget ? meets(summary.median, metric.budget) : undefined;
  return { ...metric, ...summary, ...(met === undefined ? {} : { met }) };
}

function meets(value: number, budget: Budget): boolean {
  return budget.op === "<=" ? value <= budget.value : value >= budget.value;
}

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === "yes/no") return value >= 1 ? "yes" : "no";
  const digits = Math.abs(value) >= 100 || unit === "count" ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit === "count" ? "" : ` ${unit}`}`;
}

export function formatTable(metrics: readonly MeasuredMetric[]): string {
  const rows = metrics.map((metric) => [
    metric.group,
    metric.name,
    formatValue(metric.median, metric.unit),
    metric.runs > 1
      ? `${formatValue(metric.min, metric.unit)} – ${formatValue(metric.max, metric.unit)}`
      : "",
    String(metric.runs),
    metric.budget ? `${metric.budget.op} ${formatValue(metric.budget.value, metric.unit)}` : "",
    metric.met === undefined ? "" : metric.met ? "met" : "MISSED",
  ]);
  return table(["Case", "Metric", "Median", "Spread (min – max)", "Runs", "Budget", ""], rows);
}

/** A plain-text table; the first column (the case) is printed once per block of rows. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((width) => "─".repeat(width)).join("─┼─");
  let previousGroup = "";
  const body = rows.map((row) => {
    // The case name once per block keeps the long table readable.
    const shown = row[0] === previousGroup ? ["", ...row.slice(1)] : row;
    previousGroup = row[0]!;
    return line(shown);
  });
  return [line(header), rule, ...body].join("\n");
}
