import { describe, expect, it } from "vitest";
import type { CustomModelSummary } from "../../../domain/customModel";
import type { ModelSource } from "../../../domain/modelSource";
import { createTestStore } from "../../testing/testStore";

const TINY: CustomModelSummary = {
  name: "Tiny",
  modelUrl: "https://huggingface.co/someone/Tiny-MLC",
  source: {
    modelId: "custom-tiny",
    filesUrl: "https://huggingface.co/someone/Tiny-MLC/resolve/main/",
    libraryUrl: "https://raw.githubusercontent.com/someone/libs/main/Tiny-webgpu.wasm",
  },
  modelType: "llama",
  quantization: "q4f32_1",
  contextWindow: 2048,
  weightsBytes: 3 * 1024 * 1024,
  shardCount: 3,
};

async function storeWithCustomModels(databaseName?: string) {
  const used: ModelSource[][] = [];
  const services = {
    customModels: {
      search: async () => ({ ok: false as const, problem: { code: "offline" as const } }),
      check: async () => ({
        ok: true as const,
        summary: { ...TINY, totalBytes: TINY.weightsBytes, fileCount: 7 },
      }),
      use: (models: readonly CustomModelSummary[]) => used.push(models.map((model) => model.source)),
    },
  };
  const test = await createTestStore(undefined, databaseName, services);
  return { ...test, used };
}

describe("custom models slice", () => {
  it("saves an added model, tells the engine before showing it, and selects it", async () => {
    const { store, used } = await storeWithCustomModels();
    await store.getState().addCustomModel(TINY);
    expect(used.at(-1)).toEqual([TINY.source]);
    expect(store.getState().customModelCards).toMatchObject([
      { id: "custom-tiny", name: "Tiny", contextWindow: 2048, downloadMB: 3, quantization: "q4f32_1" },
    ]);
    expect(store.getState().selectedModelId).toBe("custom-tiny");
  });

  it("restores saved models after a restart and forgets removed ones", async () => {
    const databaseName = `custom-models-${Math.random()}`;
    const first = await storeWithCustomModels(databaseName);
    await first.store.getState().addCustomModel(TINY);
    first.storage.close();

    const second = await storeWithCustomModels(databaseName);
    await second.store.getState().restoreCustomModels();
    expect(second.store.getState().customModels).toEqual([TINY]);
    expect(second.used.at(-1)).toEqual([TINY.source]);

    await second.store.getState().removeCustomModel("custom-tiny");
    expect(second.store.getState().customModels).toEqual([]);
    expect(second.used.at(-1)).toEqual([]);
  });

  it("deletes a removed model's stored files", async () => {
    const { store, engine } = await storeWithCustomModels();
    await store.getState().addCustomModel(TINY);
    await store.getState().loadModel("custom-tiny");
    expect(store.getState().cachedModelIds).toContain("custom-tiny");
    await store.getState().removeCustomModel("custom-tiny");
    expect(store.getState().cachedModelIds).not.toContain("custom-tiny");
    expect(store.getState().customModels).toEqual([]);
    expect(engine.cached.has("custom-tiny")).toBe(false);
  });

  it("restores the readable models when one saved entry is damaged: the others' files stay claimed", async () => {
    const { store, storage } = await storeWithCustomModels();
    const damaged = [
      { ...TINY, contextWindow: Number.NaN },
      { ...TINY, weightsBytes: -1 },
      { ...TINY, importedAt: 1e300 },
      { name: "half a record" },
    ];
    await storage.settings.set("customModels", [TINY, ...damaged]);
    await store.getState().restoreCustomModels();
    expect(store.getState().customModels).toEqual([TINY]);
  });
});
