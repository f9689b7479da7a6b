import { describe, expect, it } from "vitest";
import type { GpuAdapterSummary } from "./capabilities";
import { MODEL_CATALOG, findModel } from "./modelCatalog";
import { assessFit, orderByFit, preselectModel } from "./modelFit";

const discreteGpu: GpuAdapterSummary = {
  vendor: "nvidia",
  architecture: "ampere",
  description: "",
  isFallbackAdapter: false,
  shaderF16: true,
  maxBufferSize: 4 * 2 ** 30,
  maxStorageBufferBindingSize: 2 * 2 ** 30,
};
const softwareGpu: GpuAdapterSummary = {
  ...discreteGpu,
  isFallbackAdapter: true,
  shaderF16: false,
  maxBufferSize: 2 ** 30,
  maxStorageBufferBindingSize: 2 ** 30,
};

describe("assessFit", () => {
  it("refuses a model whose download does not fit in the storage left, saying how much is needed and free", () => {
    const model = findModel("Qwen2.5-0.5B-Instruct-q4f32_1-MLC")!;
    const fit = assessFit(model, discreteGpu, 100 * 1024 * 1024);
    expect(fit).toEqual({
      verdict: "cannot",
      reason: { code: "storage", neededBytes: 440 * 1024 * 1024, freeBytes: 100 * 1024 * 1024 },
    });
    expect(assessFit(model, discreteGpu, 10 * 2 ** 30).verdict).toBe("good");
    expect(assessFit(model, discreteGpu, undefined).verdict).toBe("good");
  });

  it("refuses f16 models without shader-f16, with the reason", () => {
    const fit = assessFit(findModel("Llama-3.2-1B-Instruct-q4f16_1-MLC")!, softwareGpu);
    expect(fit).toEqual({ verdict: "cannot", reason: { code: "shader-f16" } });
  });
  it("refuses a model whose buffers exceed the adapter's limits", () => {
    const model = { ...findModel("Qwen2.5-0.5B-Instruct-q4f32_1-MLC")!, bufferSizeRequiredBytes: 2 ** 31 };
    expect(assessFit(model, softwareGpu)).toEqual({
      verdict: "cannot",
      reason: { code: "buffer-size", neededBytes: 2 ** 31, allowedBytes: 2 ** 30 },
    });
  });
  it("warns that a software adapter is slow", () => {
    expect(assessFit(findModel("Qwen2.5-0.5B-Instruct-q4f32_1-MLC")!, softwareGpu)).toEqual({
      verdict: "slow",
      reason: { code: "software-gpu", largeModel: false },
    });
  });
  it("warns about large models and says small ones run well", () => {
    expect(assessFit(findModel("Llama-3.1-8B-Instruct-q4f16_1-MLC")!, discreteGpu)).toEqual({
      verdict: "slow",
      reason: { code: "large-model", vramMB: 5001 },
    });
    expect(assessFit(findModel("Llama-3.2-1B-Instruct-q4f16_1-MLC")!, discreteGpu).verdict).toBe("good");
  });
});

describe("preselectModel", () => {
  it("picks the smallest model that runs well", () => {
    expect(preselectModel(MODEL_CATALOG, discreteGpu)?.id).toBe("SmolLM2-360M-Instruct-q4f16_1-MLC");
  });
  it("falls back to the smallest model that runs at all", () => {
    expect(preselectModel(MODEL_CATALOG, softwareGpu)?.id).toBe("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
  });
});

describe("orderByFit", () => {
  it("lists what runs here first, then what runs slowly, then what cannot, keeping the catalog order in each", () => {
    const ordered = orderByFit(MODEL_CATALOG, (model) => assessFit(model, softwareGpu));
    const verdicts = ordered.map((model) => assessFit(model, softwareGpu).verdict);
    expect(verdicts.indexOf("cannot")).toBe(verdicts.lastIndexOf("slow") + 1);
    expect(ordered[0]!.needsShaderF16).toBe(false);
    const runnable = MODEL_CATALOG.filter((model) => !model.needsShaderF16);
    expect(ordered.slice(0, runnable.length)).toEqual(runnable);
    // The suggested model is among the first ones shown.
    expect(ordered.indexOf(preselectModel(MODEL_CATALOG, softwareGpu)!)).toBeLessThan(3);
  });

  it("leaves the order alone when everything runs well", () => {
    const ordered = orderByFit(MODEL_CATALOG, () => ({ verdict: "good" }));
    expect(ordered).toEqual(MODEL_CATALOG);
  });
});
