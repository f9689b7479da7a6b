import { describe, expect, it } from "vitest";
import { catalogArchitecture, KNOWN_LIBRARIES, matchLibrary } from "./modelArchitecture";
import { MODEL_CATALOG } from "./modelCatalog";

const QWEN_05B = {
  modelType: "qwen2",
  hiddenSize: 896,
  layers: 24,
  attentionHeads: 14,
  kvHeads: 2,
  headDim: 64,
  intermediateSize: 4864,
  vocabSize: 151936,
};

describe("the catalog libraries' architectures", () => {
  it("knows the architecture of every catalog model's library", () => {
    for (const card of MODEL_CATALOG) expect(catalogArchitecture(card), card.id).toBeDefined();
  });

  it("lists each library once", () => {
    const urls = KNOWN_LIBRARIES.map((known) => known.card.libraryUrl);
    expect(new Set(urls).size).toBe(urls.length);
    // DeepSeek-R1 Distill Qwen 7B runs on Qwen2 7B's library; both f16 and f32 builds of most models exist.
    expect(KNOWN_LIBRARIES.length).toBe(new Set(MODEL_CATALOG.map((card) => card.libraryUrl)).size);
  });
});

describe("matchLibrary", () => {
  it("finds the library built for a fine-tune of the same model, type, size and quantization", () => {
    const match = matchLibrary({ ...QWEN_05B, quantization: "q4f32_1" });
    expect(match.ok && match.library.card.id).toBe("Qwen2.5-0.5B-Instruct-q4f32_1-MLC");
    const f16 = matchLibrary({ ...QWEN_05B, quantization: "q4f16_1" });
    expect(f16.ok && f16.library.card.id).toBe("Qwen2.5-0.5B-Instruct-q4f16_1-MLC");
  });

  it("derives the head size when a config leaves it out", () => {
    const match = matchLibrary({ ...QWEN_05B, headDim: undefined, quantization: "q4f32_1" });
    expect(match.ok).toBe(true);
  });

  it("says why nothing matches: unknown type, quantization, or a different size", () => {
    expect(matchLibrary({ ...QWEN_05B, modelType: "mamba", quantization: "q4f32_1" })).toMatchObject({
      ok: false,
      code: "unknown-architecture",
    });
    expect(matchLibrary({ ...QWEN_05B, quantization: "q0f16" })).toMatchObject({
      ok: false,
      code: "unknown-quantization",
    });
    // A fine-tune that added tokens to the vocabulary has a different embedding: no library fits.
    expect(matchLibrary({ ...QWEN_05B, vocabSize: 151940, quantization: "q4f32_1" })).toMatchObject({
      ok: false,
      code: "different-size",
    });
    // A dimension the config does not state cannot be vouched for.
    expect(matchLibrary({ ...QWEN_05B, layers: undefined, quantization: "q4f32_1" })).toMatchObject({
      ok: false,
      code: "different-size",
    });
  });
});
