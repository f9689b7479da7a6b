import { describe, expect, it } from "vitest";
import { compareOption, formatComparison, verdict } from "./compare";
import { measured, type BenchResults, type Metric } from "./report";

const metric = (values: number[], better: Metric["better"] = "lower") =>
  measured({ group: "Case", name: "time", unit: "ms", values, better });

describe("bench comparison", () => {
  it("calls a change only beyond the spreads of both runs", () => {
    expect(verdict(metric([100, 110, 120]), metric([90, 105, 125]))).toBe("same");
    expect(verdict(metric([100, 110, 120]), metric([60, 70, 80]))).toBe("better");
    expect(verdict(metric([100, 110, 120]), metric([130, 140, 150]))).toBe("worse");
    expect(verdict(metric([100, 110, 120], "higher"), metric([130, 140, 150], "higher"))).toBe("better");
    expect(verdict(undefined, metric([1]))).toBe("new");
  });

  it("treats figures measured once (sizes) as exact, give or take rounding", () => {
    expect(verdict(metric([120]), metric([120.3]))).toBe("same");
    expect(verdict(metric([120]), metric([118]))).toBe("better");
    expect(verdict(metric([120]), metric([125]))).toBe("worse");
  });

  it("prints one line per figure with both spreads and a verdict, and warns about smoke runs", () => {
    const results = (values: number[], note?: string): BenchResults => ({
      meta: {
        date: "d",
        commit: "abc",
        chromium: "1",
        node: "20",
        cpus: 2,
        runs: values.length,
        ...(note ? { note } : {}),
      },
      metrics: [metric(values)],
    });
    const text = formatComparison(results([100, 110, 120]), results([130, 140, 150], "smoke"));
    expect(text).toContain("110 ms (100 ms – 120 ms)");
    expect(text).toContain("WORSE");
    expect(text).toContain("0 better, 1 worse, 0 same, 0 new.");
    expect(text).toContain("smoke run");
  });

  it("takes --compare alone (the previous run) or with a file", () => {
    expect(compareOption(["--runs", "3"])).toEqual({ compare: undefined, rest: ["--runs", "3"] });
    expect(compareOption(["--compare", "--runs", "3"])).toEqual({ compare: true, rest: ["--runs", "3"] });
    expect(compareOption(["--compare"])).toEqual({ compare: true, rest: [] });
    expect(compareOption(["--compare", "old.json", "--smoke"])).toEqual({
      compare: "old.json",
      rest: ["--smoke"],
    });
  });
});
