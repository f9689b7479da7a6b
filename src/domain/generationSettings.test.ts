import { describe, expect, it } from "vitest";
import {
  DEFAULT_GENERATION_SETTINGS,
  isGenerationSettings,
  parseGenerationSetting,
} from "./generationSettings";

describe("parseGenerationSetting", () => {
  it("accepts values inside each range, bounds included", () => {
    expect(parseGenerationSetting("temperature", "0")).toEqual({ ok: true, value: 0 });
    expect(parseGenerationSetting("temperature", " 2 ")).toEqual({ ok: true, value: 2 });
    expect(parseGenerationSetting("topP", "1")).toEqual({ ok: true, value: 1 });
    expect(parseGenerationSetting("maxTokens", "4096")).toEqual({ ok: true, value: 4096 });
    expect(parseGenerationSetting("presencePenalty", "-2")).toEqual({ ok: true, value: -2 });
  });

  it("rejects out-of-range, fractional and non-numeric input with a message saying what is allowed", () => {
    expect(parseGenerationSetting("temperature", "2.5")).toEqual({
      ok: false,
      error: "Temperature must be between 0 and 2.",
    });
    expect(parseGenerationSetting("topP", "0")).toEqual({
      ok: false,
      error: "Top-p must be greater than 0 and at most 1.",
    });
    expect(parseGenerationSetting("maxTokens", "10.5")).toEqual({
      ok: false,
      error: "Max reply tokens must be a whole number between 1 and 4096.",
    });
    expect(parseGenerationSetting("frequencyPenalty", "")).toEqual({
      ok: false,
      error: "Frequency penalty must be a number between -2 and 2.",
    });
    expect(parseGenerationSetting("frequencyPenalty", "abc").ok).toBe(false);
  });
});

describe("isGenerationSettings", () => {
  it("accepts the defaults and rejects a missing or out-of-range field", () => {
    expect(isGenerationSettings(DEFAULT_GENERATION_SETTINGS)).toBe(true);
    expect(isGenerationSettings({ ...DEFAULT_GENERATION_SETTINGS, topP: 0 })).toBe(false);
    expect(isGenerationSettings({ temperature: 1 })).toBe(false);
    expect(isGenerationSettings(null)).toBe(false);
  });
});
