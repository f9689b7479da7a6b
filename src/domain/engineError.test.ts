import { describe, expect, it } from "vitest";
import { classifyEngineError } from "./engineError";

describe("classifyEngineError", () => {
  it.each([
    ["TypeError: Failed to fetch", "download-failed"],
    ["QuotaExceededError: The quota has been exceeded.", "quota-exceeded"],
    ["DeviceLostError: the GPU device was lost", "device-lost"],
    ["FeatureNotFoundError: shader-f16 is not supported", "shader-f16-missing"],
    ["ContextWindowSizeExceededError: prompt too long", "context-window-exceeded"],
    ["Error: something odd", "unknown"],
  ])("%s → %s", (message, kind) => {
    expect(classifyEngineError(message).kind).toBe(kind);
  });
  it("keeps the original message of an Error", () => {
    expect(classifyEngineError(new TypeError("Failed to fetch"))).toEqual({
      kind: "download-failed",
      message: "TypeError: Failed to fetch",
    });
  });
});
