import { describe, expect, it } from "vitest";
import type { ChosenFile } from "../../../domain/importedModel";
import type { ModelSource } from "../../../domain/modelSource";
import { FAKE_FOLDER } from "../../testing/fakeEngine";
import { createTestStore } from "../../testing/testStore";

const FILES: ChosenFile[] = [{ path: "Tiny/mlc-chat-config.json", file: new Blob(["{}"]) }];

async function storeForImports() {
  const used: ModelSource[][] = [];
  const test = await createTestStore(undefined, undefined, {
    customModels: {
      search: async () => ({ ok: false, problem: { code: "offline" } }),
      check: async () => ({ ok: false, problem: { code: "name-missing" } }),
      use: (models) => used.push(models.map((model) => model.source)),
    },
  });
  test.clock.now = Date.UTC(2026, 4, 3);
  return { ...test, used };
}

describe("model import slice", () => {
  it("saves an imported model as the user's own, stored and selected, under a fresh synthetic source", async () => {
    const { store, engine, used } = await storeForImports();
    const result = await store.getState().importModelFiles("  My model ", FILES);
    expect(result).toEqual({ ok: true, summary: FAKE_FOLDER });
    const source = engine.importedSources[0]!;
    expect(source.modelId).toMatch(/^imported-[a-z0-9]+$/);
    expect(source.filesUrl).toBe(`https://imported.sigilo.invalid/${source.modelId}/resolve/main/`);
    expect(used.at(-1)).toEqual([source]);
    expect(store.getState().customModels).toEqual([
      {
        name: "My model",
        modelUrl: "",
        source,
        modelType: "llama",
        quantization: "q4f32_1",
        contextWindow: 2048,
        weightsBytes: FAKE_FOLDER.weightsBytes,
        shardCount: 3,
        totalBytes: FAKE_FOLDER.totalBytes,
        fileCount: FAKE_FOLDER.fileCount,
        importedAt: Date.UTC(2026, 4, 3),
      },
    ]);
    expect(store.getState().customModelCards[0]).toMatchObject({
      name: "My model",
      importedAt: Date.UTC(2026, 4, 3),
      sourceUrl: "",
    });
    expect(store.getState().selectedModelId).toBe(source.modelId);
    expect(store.getState().cachedModelIds).toContain(source.modelId);
    expect(store.getState().modelImport).toEqual({ status: "idle" });
  });

  it("refuses a missing or taken name without importing", async () => {
    const { store, engine } = await storeForImports();
    expect(await store.getState().importModelFiles(" ", FILES)).toEqual({
      ok: false,
      problem: { kind: "name-missing" },
    });
    await store.getState().importModelFiles("Mine", FILES);
    expect(await store.getState().importModelFiles("mine", FILES)).toEqual({
      ok: false,
      problem: { kind: "name-taken", name: "mine" },
    });
    expect(await store.getState().importModelFiles("Llama 3.2 1B Instruct (f32)", FILES)).toMatchObject({
      ok: false,
      problem: { kind: "name-taken" },
    });
    expect(engine.importedSources).toHaveLength(1);
  });

  it("saves nothing when the import fails, and passes on the cancel", async () => {
    const { store, engine } = await storeForImports();
    engine.importResult = { ok: false, problem: { kind: "shard-missing", name: "params_shard_1.bin" } };
    expect(await store.getState().importModelFiles("Broken", FILES)).toEqual(engine.importResult);
    expect(store.getState().customModels).toEqual([]);
    store.getState().cancelModelImport();
    expect(engine.importCancelled).toBe(false);
  });
});
