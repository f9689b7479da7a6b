import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { MODEL_CATALOG } from "./modelCatalog";

// The page cannot import web-llm at runtime, so the catalog copies its figures; this keeps them honest.
describe("model catalog", () => {
  it.each(MODEL_CATALOG.map((model) => [model.id, model] as const))(
    "%s matches web-llm's record",
    (id, model) => {
      const record = prebuiltAppConfig.model_list.find((entry) => entry.model_id === id);
      expect(record, `${id} is not in web-llm's prebuiltAppConfig`).toBeDefined();
      expect(model.sourceUrl).toBe(record!.model);
      expect(model.libraryUrl).toBe(record!.model_lib);
      expect(record!.model_manifest, "Sigilo's downloader expects no package manifest").toBeUndefined();
      expect(model.vramMB).toBe(Math.round(record!.vram_required_MB ?? 0));
      expect(model.lowResource).toBe(record!.low_resource_required ?? false);
      expect(model.contextWindow).toBe(record!.overrides?.context_window_size ?? 4096);
      expect(model.bufferSizeRequiredBytes).toBe(record!.buffer_size_required_bytes);
      if (record!.required_features?.includes("shader-f16")) expect(model.needsShaderF16).toBe(true);
    },
  );

  it("offers 10 to 24 models from about 0.3 GB to about 5 GB", () => {
    expect(MODEL_CATALOG.length).toBeGreaterThanOrEqual(10);
    expect(MODEL_CATALOG.length).toBeLessThanOrEqual(24);
    const sizes = MODEL_CATALOG.map((model) => model.downloadMB);
    expect(Math.min(...sizes)).toBeLessThan(500);
    expect(Math.max(...sizes)).toBeGreaterThan(4000);
  });

  it("offers models that run without shader-f16", () => {
    expect(MODEL_CATALOG.some((model) => !model.needsShaderF16)).toBe(true);
  });

  // Most GPUs without shader-f16 can run only q4f32 builds: every size offered in f16 is offered for them too,
  // except SmolLM2 360M, whose place there Qwen2.5 0.5B (f32) takes: as light, and it answers in Portuguese.
  it("offers a q4f32 build of every f16 model, and at least half the catalog runs without shader-f16", () => {
    const f32Ids = new Set(MODEL_CATALOG.filter((model) => !model.needsShaderF16).map((model) => model.id));
    const withoutTwin = MODEL_CATALOG.filter(
      (model) => model.needsShaderF16 && !f32Ids.has(model.id.replace("q4f16_1", "q4f32_1")),
    ).map((model) => model.id);
    expect(withoutTwin).toEqual(["SmolLM2-360M-Instruct-q4f16_1-MLC"]);
    expect(f32Ids.size * 2).toBeGreaterThanOrEqual(MODEL_CATALOG.length);
  });

  it("lists each model once", () => {
    expect(new Set(MODEL_CATALOG.map((model) => model.id)).size).toBe(MODEL_CATALOG.length);
  });
});
