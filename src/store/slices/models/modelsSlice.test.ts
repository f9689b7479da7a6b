import { describe, expect, it, vi } from "vitest";
import { openStorage, type SigiloStorage } from "../../../services/storage";
import { createTestStore } from "../../testing/testStore";
import type { FakeEngine } from "../../testing/fakeEngine";
import { LAST_MODEL_KEY } from "./modelsSlice";

const MODEL = "Llama-3.2-1B-Instruct-q4f16_1-MLC";
const OTHER = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";

/** Loading a model remembers it in the background; wait until it is stored. */
async function lastModelSaved(storage: SigiloStorage): Promise<void> {
  await vi.waitFor(async () =>
    expect(
      await storage.settings.get(LAST_MODEL_KEY, (value): value is string => typeof value === "string"),
    ).toBe(MODEL),
  );
}

/** Holds the engine's listing of stored files until the returned function is called. */
function holdListing(engine: FakeEngine): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const list = engine.listStoredModels.bind(engine);
  vi.spyOn(engine, "listStoredModels").mockImplementation(async (options) => {
    await held;
    return list(options);
  });
  return release;
}

/**
 * A model loaded and remembered, then a second start (same database) whose restoreModels is under way, with the
 * listing of stored files held until `releaseListing`.
 */
async function restartWhileListingHeld(name: string) {
  const first = await createTestStore(undefined, name);
  await first.store.getState().loadModel(MODEL);
  await lastModelSaved(first.storage);
  const second = await createTestStore(undefined, name);
  second.engine.cached.add(MODEL);
  const releaseListing = holdListing(second.engine);
  const load = vi.spyOn(second.engine, "load");
  const restored = second.store.getState().restoreModels();
  return { second, releaseListing, load, restored };
}

describe("models slice", () => {
  it("reports progress while loading and becomes ready", async () => {
    const { store } = await createTestStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe((state) => seen.push(state.modelLoad.status));
    await store.getState().loadModel(MODEL);
    unsubscribe();
    expect(seen).toContain("loading");
    expect(store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
    expect(store.getState().cachedModelIds).toEqual([MODEL]);
  });

  it("keeps the classified error when loading fails, and retry can succeed", async () => {
    const { store, engine } = await createTestStore();
    engine.loadFailure = { kind: "download-failed", message: "TypeError: Failed to fetch" };
    await store.getState().loadModel(MODEL);
    expect(store.getState().modelLoad).toMatchObject({
      status: "failed",
      error: { kind: "download-failed" },
    });
    engine.loadFailure = undefined;
    await store.getState().loadModel(MODEL);
    expect(store.getState().modelLoad.status).toBe("ready");
  });

  it("returns to idle when the load is cancelled", async () => {
    const { store, engine } = await createTestStore();
    engine.loadFailure = { kind: "cancelled", message: "AbortError" };
    await store.getState().loadModel(MODEL);
    expect(store.getState().modelLoad).toEqual({ status: "idle" });
  });

  it("returns to the model still loaded when the next one's download is cancelled", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.loadFailure = { kind: "cancelled", message: "load-cancelled", reason: { code: "load-cancelled" } };
    await store.getState().loadModel(OTHER);
    expect(store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
    expect(store.getState().cancelledDownloadId).toBe(OTHER);
  });

  it("is left with no model when the load is stopped on the GPU (web-llm unloads the model before)", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.loadFailure = { kind: "cancelled", message: "load-cancelled", reason: { code: "load-cancelled" } };
    engine.loadFailureStep = "gpu";
    await store.getState().loadModel(OTHER);
    expect(store.getState().modelLoad).toEqual({ status: "idle" });
    // Nothing was downloading: there is no cancelled download to explain.
    expect(store.getState().cancelledDownloadId).toBeUndefined();
  });

  it("knows from the start whether a model is stored, so it never says it downloads one that is", async () => {
    const { store, engine } = await createTestStore();
    engine.cached.add(MODEL);
    await store.getState().refreshStoredModels();
    const starts: unknown[] = [];
    const unsubscribe = store.subscribe((state) => {
      if (state.modelLoad.status === "loading" && !state.modelLoad.progress) starts.push(state.modelLoad);
    });
    await store.getState().loadModel(MODEL);
    unsubscribe();
    expect(starts).toEqual([expect.objectContaining({ modelId: MODEL, stored: true })]);
  });

  it("reloads the last used model at start-up when it is stored", async () => {
    const name = "sigilo-models-restore";
    const first = await createTestStore(undefined, name);
    await first.store.getState().loadModel(MODEL);
    await lastModelSaved(first.storage);

    const second = await createTestStore(undefined, name);
    second.engine.cached.add(MODEL);
    await second.store.getState().restoreModels();
    expect(second.store.getState().cachedModelIds).toEqual([MODEL]);
    expect(second.store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
    (await openStorage({ name })).close();
  });

  it("marks the last used model loading before its stored files are listed", async () => {
    const name = "sigilo-models-early-mark";
    const { second, releaseListing, load, restored } = await restartWhileListingHeld(name);
    // The composer accepts a message (it waits for this model) while the listing is still under way.
    await vi.waitFor(() => expect(second.store.getState().modelLoad).toMatchObject({ status: "loading" }));
    expect(second.store.getState().modelLoad).toMatchObject({ modelId: MODEL, stored: true });
    expect(load).not.toHaveBeenCalled();
    releaseListing();
    await restored;
    expect(load).toHaveBeenCalledTimes(1);
    expect(second.store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
    (await openStorage({ name })).close();
  });

  it("does not load the last used model when the user cancels it before its files are listed", async () => {
    const name = "sigilo-models-early-cancel";
    const { second, releaseListing, load, restored } = await restartWhileListingHeld(name);
    await vi.waitFor(() => expect(second.store.getState().modelLoad.status).toBe("loading"));
    second.store.getState().cancelModelLoad();
    expect(second.store.getState().modelLoad).toEqual({ status: "idle" });
    releaseListing();
    await restored;
    expect(load).not.toHaveBeenCalled();
    expect(second.store.getState().modelLoad).toEqual({ status: "idle" });
    (await openStorage({ name })).close();
  });

  it("reports a last used model that is no longer stored, instead of reloading it", async () => {
    const name = "sigilo-models-evicted";
    const first = await createTestStore(undefined, name);
    await first.store.getState().loadModel(MODEL);
    await lastModelSaved(first.storage);

    const second = await createTestStore(undefined, name);
    const load = vi.spyOn(second.engine, "load");
    await second.store.getState().restoreModels();
    expect(second.store.getState().modelLoad).toMatchObject({
      status: "failed",
      modelId: MODEL,
      error: { kind: "stored-model-missing" },
    });
    expect(load).not.toHaveBeenCalled();
    // "Download again" is a plain load: it fetches what is missing.
    await second.store.getState().loadModel(MODEL);
    expect(second.store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
    (await openStorage({ name })).close();
  });

  it("does not report a model the user deleted as missing", async () => {
    const name = "sigilo-models-deleted";
    const first = await createTestStore(undefined, name);
    await first.store.getState().loadModel(MODEL);
    await first.store.getState().deleteStoredModel(MODEL);

    const second = await createTestStore(undefined, name);
    await second.store.getState().restoreModels();
    expect(second.store.getState().modelLoad).toEqual({ status: "idle" });
    (await openStorage({ name })).close();
  });

  it("deletes a damaged model's files before downloading it again", async () => {
    const { store, engine } = await createTestStore();
    engine.cached.add(MODEL);
    engine.loadFailure = { kind: "stored-model-corrupt", message: "StoredModelCorruptError: shard" };
    await store.getState().loadModel(MODEL);
    expect(store.getState().modelLoad).toMatchObject({ error: { kind: "stored-model-corrupt" } });

    engine.loadFailure = undefined;
    const calls: string[] = [];
    vi.spyOn(engine, "deleteCached").mockImplementation(async () => void calls.push("delete"));
    vi.spyOn(engine, "load").mockImplementation(async () => void calls.push("load"));
    await store.getState().redownloadModel(MODEL);
    expect(calls).toEqual(["delete", "load"]);
    expect(store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
  });

  it("drops the model when the GPU device is lost", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.loseDevice({ kind: "device-lost", message: "DeviceLostError" });
    expect(store.getState().modelLoad).toMatchObject({ status: "failed", modelId: MODEL });
  });
});
