import { describe, expect, it } from "vitest";
import { ClassifiedError, classifyEngineError, engineErrorFor } from "./engineError";
import { ModelFileError } from "./mlcModelFolder";

describe("classifyEngineError", () => {
  it.each([
    ["TypeError: Failed to fetch", "download-failed"],
    ["DeviceLostError: the GPU device was lost", "device-lost"],
    ["Error: This model requires WebGPU extension shader-f16", "shader-f16-missing"],
    [
      "Error: Prompt tokens exceed context window size: number of prompt tokens: 5000",
      "context-window-exceeded",
    ],
    ["Error: something odd", "unknown"],
    [
      "Error: Failed to store https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/resolve/main/mlc-chat-config.json with error: TypeError: Failed to fetch",
      "download-failed",
    ],
    [
      "Error: Cannot fetch https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_80/Qwen2.5-0.5B-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm: NetworkError",
      "download-failed",
    ],
  ])("a message alone, by its phrases: %s → %s", (message, kind) => {
    expect(classifyEngineError(message).kind).toBe(kind);
  });

  it("reads no missing shader-f16 into a model id or a tensor format", () => {
    expect(
      classifyEngineError(new Error("Cannot find model record for Llama-3.2-1B-Instruct-q4f16_1-MLC")).kind,
    ).toBe("unknown");
    expect(
      classifyEngineError(new Error('Failed to load shard 2\'s record: {"format":"f32-to-bf16"}')).kind,
    ).toBe("unknown");
  });

  it("classifies the browser's own errors by their name", () => {
    expect(
      classifyEngineError(new DOMException("The quota has been exceeded.", "QuotaExceededError")).kind,
    ).toBe("quota-exceeded");
    expect(classifyEngineError(new DOMException("The user aborted a request.", "AbortError")).kind).toBe(
      "cancelled",
    );
    expect(classifyEngineError("QuotaExceededError: The quota has been exceeded.").kind).toBe(
      "quota-exceeded",
    );
  });

  it("keeps an error classified where it was raised, with its original words", () => {
    const named = Object.assign(new Error("lost while loading"), { name: "DeviceLostError" });
    expect(classifyEngineError(new ClassifiedError("device-lost", named))).toEqual({
      kind: "device-lost",
      message: "DeviceLostError: lost while loading",
    });
  });

  it("words the model's files breaking the rules as such, never as something unknown", () => {
    const tooLarge = new ModelFileError({
      code: "file-too-large",
      file: "mlc-chat-config.json",
      limitBytes: 1024,
    });
    expect(classifyEngineError(tooLarge)).toMatchObject({
      kind: "model-files-invalid",
      reason: tooLarge.reason,
    });
    expect(
      engineErrorFor({ code: "too-many-shards", file: "tensor-cache.json", count: 9, limit: 4 }).kind,
    ).toBe("model-files-invalid");
  });

  it("keeps the original message of an Error", () => {
    expect(classifyEngineError(new TypeError("Failed to fetch"))).toEqual({
      kind: "download-failed",
      message: "TypeError: Failed to fetch",
    });
  });
});
