import { describe, expect, it } from "vitest";
import {
  contextWindowChoices,
  kvCacheBytes,
  memoryByContextWindow,
  memoryForContextMB,
} from "./contextMemory";
import { customModelCard } from "./customModel";
import { catalogArchitecture } from "./modelArchitecture";
import { findModel, MODEL_CATALOG } from "./modelCatalog";

const MIB = 1024 * 1024;

function catalog(id: string) {
  const card = findModel(id)!;
  return { card, architecture: catalogArchitecture(card)! };
}

describe("kvCacheBytes", () => {
  it("is layers × kv heads × head dim × 2 × bytes per element × tokens", () => {
    // Llama 3.2 1B: 16 layers, 8 key/value heads of 64; f16 keeps 2 bytes per element, f32 4.
    const { architecture } = catalog("Llama-3.2-1B-Instruct-q4f16_1-MLC");
    expect(kvCacheBytes(architecture, "q4f16_1", 4096)).toBe(16 * 8 * 64 * 2 * 2 * 4096);
    expect(kvCacheBytes(architecture, "q4f16_1", 4096) / MIB).toBe(128);
    expect(kvCacheBytes(architecture, "q4f32_1", 4096) / MIB).toBe(256);
    // Llama 3.1 8B: 32 layers × 8 × 128 → 512 MiB at 4K in f16.
    expect(
      kvCacheBytes(catalog("Llama-3.1-8B-Instruct-q4f16_1-MLC").architecture, "q4f16_1", 4096) / MIB,
    ).toBe(512);
  });

  it("is part of web-llm's vram_required_MB for every catalog model, never more than all of it", () => {
    for (const card of MODEL_CATALOG) {
      const cache = kvCacheBytes(catalogArchitecture(card)!, card.quantization, card.contextWindow) / MIB;
      expect(cache, card.id).toBeGreaterThan(0);
      expect(cache, card.id).toBeLessThan(card.vramMB);
    }
  });

  it("explains most of what f32 costs over f16 in web-llm's own figures (the cache doubles)", () => {
    // vram_required_MB: Llama 3.1 8B 5001 (f16) and 6101 (f32); the cache grows 512 → 1024 MiB of that 1100.
    const f16 = catalog("Llama-3.1-8B-Instruct-q4f16_1-MLC");
    const f32 = catalog("Llama-3.1-8B-Instruct-q4f32_1-MLC");
    const growth =
      (kvCacheBytes(f32.architecture, "q4f32_1", 4096) - kvCacheBytes(f16.architecture, "q4f16_1", 4096)) /
      MIB;
    expect(growth).toBe(512);
    expect(growth).toBeLessThan(f32.card.vramMB - f16.card.vramMB);
  });
});

describe("memoryForContextMB", () => {
  it("is web-llm's vram_required_MB at the model's own context window", () => {
    for (const card of MODEL_CATALOG) {
      expect(memoryForContextMB(card, catalogArchitecture(card)!, card.contextWindow)).toBeCloseTo(
        card.vramMB,
      );
    }
  });

  it("drops by the cache a smaller window does not need", () => {
    const { card, architecture } = catalog("Llama-3.2-1B-Instruct-q4f16_1-MLC");
    expect(card.vramMB).toBe(879);
    expect(memoryForContextMB(card, architecture, 2048)).toBeCloseTo(879 - 64);
    expect(memoryForContextMB(card, architecture, 1024)).toBeCloseTo(879 - 96);
  });
});

describe("contextWindowChoices", () => {
  it("offers the usual windows up to the model's own, and its own", () => {
    expect(contextWindowChoices(4096)).toEqual([1024, 2048, 4096]);
    expect(contextWindowChoices(32768)).toEqual([1024, 2048, 4096, 8192, 32768]);
    expect(contextWindowChoices(3000)).toEqual([1024, 2048, 3000]);
  });
});

describe("memoryByContextWindow", () => {
  it("gives a catalog model's whole need per window, web-llm's own figure at its default", () => {
    expect(memoryByContextWindow(findModel("Llama-3.2-1B-Instruct-q4f16_1-MLC")!)).toEqual([
      { tokens: 1024, megabytes: 783, atLeast: false },
      { tokens: 2048, megabytes: 815, atLeast: false },
      { tokens: 4096, megabytes: 879, atLeast: false },
    ]);
  });

  it("gives a lower bound (weights plus cache) for a model added with a catalog library", () => {
    const library = findModel("Qwen2.5-0.5B-Instruct-q4f32_1-MLC")!.libraryUrl;
    const card = customModelCard({
      name: "Legal Qwen",
      modelUrl: "https://huggingface.co/someone/Legal-Qwen",
      source: {
        modelId: "custom-legal-qwen",
        filesUrl: "https://huggingface.co/someone/Legal-Qwen/resolve/main/",
        libraryUrl: library,
      },
      modelType: "qwen2",
      quantization: "q4f32_1",
      contextWindow: 4096,
      weightsBytes: 300 * MIB,
      shardCount: 10,
    });
    // Qwen2.5 0.5B: 24 layers × 2 key/value heads × 64 × 2 × 4 bytes = 24 KiB per token → 96 MiB at 4K.
    expect(memoryByContextWindow(card)?.at(-1)).toEqual({ tokens: 4096, megabytes: 396, atLeast: true });
  });

  it("says nothing for a model whose library's architecture is unknown", () => {
    const card = {
      ...findModel("Qwen3-0.6B-q4f32_1-MLC")!,
      libraryUrl: "https://example.test/Own-q4f32_1-webgpu.wasm",
    };
    expect(memoryByContextWindow(card)).toBeUndefined();
  });
});
