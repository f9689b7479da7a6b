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
    [
      "Error: Failed to store https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/resolve/main/mlc-chat-config.json with error: TypeError: Failed to fetch",
      "download-failed",
    ],
    [
      "Error: Cannot fetch https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_80/Qwen2.5-0.5B-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm: NetworkError",
      "download-failed",
    ],
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
