import { describe, expect, it } from "vitest";
import { parseGenerationSetting } from "./generationSettings";

describe("parseGenerationSetting", () => {
  it("accepts values inside each range, bounds included", () => {
    expect(parseGenerationSetting("temperature", "0")).toEqual({ ok: true, value: 0 });
    expect(parseGenerationSetting("temperature", " 2 ")).toEqual({ ok: true, value: 2 });
    expect(parseGenerationSetting("topP", "1")).toEqual({ ok: true, value: 1 });
    expect(parseGenerationSetting("maxTokens", "4096")).toEqual({ ok: true, value: 4096 });
    expect(parseGenerationSetting("presencePenalty", "-2")).toEqual({ ok: true, value: -2 });
  });

  it("says why out-of-range, fractional and non-numeric input is refused", () => {
    expect(parseGenerationSetting("temperature", "2.5")).toEqual({ ok: false, problem: "out-of-range" });
    expect(parseGenerationSetting("topP", "0")).toEqual({ ok: false, problem: "out-of-range" });
    expect(parseGenerationSetting("maxTokens", "10.5")).toEqual({ ok: false, problem: "not-whole" });
    expect(parseGenerationSetting("frequencyPenalty", "")).toEqual({ ok: false, problem: "not-a-number" });
    expect(parseGenerationSetting("frequencyPenalty", "abc")).toEqual({ ok: false, problem: "not-a-number" });
  });

  it("reads a decimal comma only for languages that write one", () => {
    expect(parseGenerationSetting("topP", "0,8", { decimalComma: true })).toEqual({ ok: true, value: 0.8 });
    expect(parseGenerationSetting("topP", "0.8", { decimalComma: true })).toEqual({ ok: true, value: 0.8 });
    expect(parseGenerationSetting("maxTokens", "1,000")).toEqual({ ok: false, problem: "not-a-number" });
  });
});
