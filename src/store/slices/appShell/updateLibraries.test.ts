import { describe, expect, it } from "vitest";
import { findModel } from "../../../domain/modelCatalog";
import { withLibraryVersion } from "../../../domain/libraryUpgrade";
import { MODEL_LIBRARY_VERSION } from "../../../domain/libraryVersion";
import type { CustomModelSummary } from "../../../domain/customModel";
import { createTestStore } from "../../testing/testStore";

const NEXT = "v0_2_87";
const qwen = findModel("Qwen2.5-0.5B-Instruct-q4f16_1-MLC")!;
const smol = findModel("SmolLM2-360M-Instruct-q4f16_1-MLC")!;

async function storeWithStoredModels() {
  const test = await createTestStore();
  const { engine, appShell } = test;
  engine.cached = new Set([qwen.id, smol.id]);
  engine.libraries = [
    { url: qwen.libraryUrl, bytes: 3_000_000 },
    { url: smol.libraryUrl, bytes: 2_100_000 },
  ];
  appShell.nextLibraryVersion = NEXT;
  return test;
}

/** Ships the update and waits until what it needs is settled (not checking or fetching). */
async function shipUpdate(test: Awaited<ReturnType<typeof createTestStore>>) {
  test.appShell.shipUpdate();
  await waitUntilSettled(test);
}

async function waitUntilSettled({ store }: Awaited<ReturnType<typeof createTestStore>>) {
  await expect
    .poll(() => store.getState().updateLibraries?.status)
    .toSatisfy((status) => status === "ready" || status === "waiting");
}

describe("an update to a new web-llm runtime", () => {
  it("is a plain update when the waiting version does not say, or keeps the runtime", async () => {
    const test = await storeWithStoredModels();
    test.appShell.nextLibraryVersion = undefined;
    await shipUpdate(test);
    expect(test.store.getState().updateLibraries).toEqual({ status: "ready" });
    await test.store.getState().applyUpdate();
    expect(test.appShell.updatesApplied).toBe(1);

    const same = await storeWithStoredModels();
    same.appShell.nextLibraryVersion = MODEL_LIBRARY_VERSION;
    await shipUpdate(same);
    expect(same.store.getState().updateLibraries).toEqual({ status: "ready" });
    expect(same.engine.libraries).toHaveLength(2);
  });

  it("fetches the new libraries of the stored models before Reload is offered", async () => {
    const test = await storeWithStoredModels();
    await shipUpdate(test);
    const state = test.store.getState().updateLibraries;
    expect(state).toMatchObject({
      status: "ready",
      fetchedBytes: 2_000,
      plan: { estimatedBytes: 5_100_000 },
    });
    expect(test.engine.libraries.map((library) => library.url)).toEqual(
      expect.arrayContaining([
        withLibraryVersion(qwen.libraryUrl, NEXT),
        withLibraryVersion(smol.libraryUrl, NEXT),
      ]),
    );
    // The browser saying again that the version waits changes nothing.
    await shipUpdate(test);
    expect(test.store.getState().updateLibraries).toEqual(state);
    await test.store.getState().applyUpdate();
    expect(test.appShell.updatesApplied).toBe(1);
  });

  it("waits while offline, keeps this version, and fetches once back online", async () => {
    const test = await storeWithStoredModels();
    test.appShell.setOnline(false);
    await shipUpdate(test);
    expect(test.store.getState().updateLibraries).toMatchObject({ status: "waiting", reason: "offline" });
    await test.store.getState().applyUpdate();
    expect(test.appShell.updatesApplied).toBe(0);
    expect(test.engine.libraries).toHaveLength(2);

    test.appShell.setOnline(true);
    await waitUntilSettled(test);
    await expect.poll(() => test.store.getState().updateLibraries?.status).toBe("ready");
    expect(test.engine.libraries).toHaveLength(4);
  });

  it("says why when a library cannot be fetched, and tries again when asked", async () => {
    const test = await storeWithStoredModels();
    test.engine.libraryFetchFailure = { kind: "unknown", message: "HTTP 404 for Qwen2.wasm" };
    await shipUpdate(test);
    expect(test.store.getState().updateLibraries).toMatchObject({
      status: "waiting",
      reason: "failed",
      detail: "HTTP 404 for Qwen2.wasm",
    });
    await test.store.getState().applyUpdate();
    expect(test.appShell.updatesApplied).toBe(0);

    test.engine.libraryFetchFailure = undefined;
    await test.store.getState().prepareUpdate();
    expect(test.store.getState().updateLibraries?.status).toBe("ready");
  });

  it("says why when the waiting version cannot be asked which libraries it needs, and never rejects", async () => {
    const test = await storeWithStoredModels();
    test.appShell.versionLookupFailure = new Error("The service worker did not answer");
    await shipUpdate(test);
    expect(test.store.getState().updateLibraries).toMatchObject({
      status: "waiting",
      reason: "failed",
      detail: "The service worker did not answer",
    });
  });

  it("names a model added by URL and an imported model, which it cannot fetch for", async () => {
    const test = await createTestStore();
    const custom: CustomModelSummary = {
      name: "Mine",
      modelUrl: "https://huggingface.co/me/mine",
      source: {
        modelId: "custom-mine",
        filesUrl: "https://huggingface.co/me/mine/resolve/main/",
        libraryUrl: qwen.libraryUrl,
      },
      modelType: "llama",
      quantization: "q4f16_1",
      contextWindow: 2048,
      weightsBytes: 1,
      shardCount: 1,
    };
    const imported: CustomModelSummary = {
      ...custom,
      name: "From disk",
      modelUrl: "",
      importedAt: 1,
      source: {
        modelId: "imported-1",
        filesUrl: "https://imported.sigilo.invalid/imported-1/resolve/main/",
        libraryUrl: "https://imported.sigilo.invalid/imported-1/model-library.wasm",
      },
    };
    await test.store.getState().addCustomModel(custom);
    await test.store.getState().addCustomModel(imported);
    test.engine.cached = new Set(["custom-mine", "imported-1"]);
    test.engine.libraries = [{ url: qwen.libraryUrl, bytes: 3_000_000 }];
    test.appShell.nextLibraryVersion = NEXT;
    await shipUpdate(test);
    expect(test.store.getState().updateLibraries).toMatchObject({
      status: "ready",
      plan: {
        fetch: [],
        needLibraryUrl: [{ modelId: "custom-mine", name: "Mine" }],
        needReimport: [{ modelId: "imported-1", name: "From disk" }],
      },
    });
  });

  it("deletes older runtimes' libraries no known model needs, once the user's models are known", async () => {
    const test = await createTestStore();
    const older = withLibraryVersion(qwen.libraryUrl, "v0_2_80");
    const neededByCustom = withLibraryVersion(smol.libraryUrl, "v0_2_80");
    test.engine.libraries = [
      { url: older, bytes: 1 },
      { url: neededByCustom, bytes: 1 },
      { url: qwen.libraryUrl, bytes: 1 },
    ];
    await test.store.getState().removeOldLibraries();
    expect(test.engine.libraries).toHaveLength(3); // the user's own models are not known yet

    await test.store.getState().restoreCustomModels();
    await test.store.getState().addCustomModel({
      name: "Mine",
      modelUrl: "https://huggingface.co/me/mine",
      source: {
        modelId: "custom-mine",
        filesUrl: "https://huggingface.co/me/mine/resolve/main/",
        libraryUrl: neededByCustom,
      },
      modelType: "llama",
      quantization: "q4f16_1",
      contextWindow: 2048,
      weightsBytes: 1,
      shardCount: 1,
    });
    await test.store.getState().removeOldLibraries();
    expect(test.engine.libraries.map((library) => library.url)).toEqual([neededByCustom, qwen.libraryUrl]);
  });
});
