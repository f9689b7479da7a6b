import { describe, expect, it } from "vitest";
import { createTestStore } from "../../testing/testStore";

const MODEL = "Llama-3.2-1B-Instruct-q4f32_1-MLC";
const OTHER = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";

describe("model storage slice", () => {
  it("lists stored models with the storage figures and remembers when each was last used", async () => {
    const { store, clock } = await createTestStore();
    clock.now = 5_000;
    await store.getState().loadModel(MODEL);
    await store.getState().refreshStoredModels();
    const state = store.getState();
    expect(state.storedModels?.map((model) => model.modelId)).toEqual([MODEL]);
    expect(state.storageEstimate).toEqual({ usage: 1_000, quota: 10_000_000 });
    expect(state.persistence).toBe("best-effort");
    expect(state.modelsLastUsed).toEqual({ [MODEL]: 5_000 });
  });

  it("deletes one model and unloads it when it is in use; the others stay", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(OTHER);
    await store.getState().loadModel(MODEL);
    await store.getState().deleteStoredModel(MODEL);
    expect(engine.cached.has(MODEL)).toBe(false);
    expect(store.getState().modelLoad).toEqual({ status: "idle" });
    expect(store.getState().cachedModelIds).toEqual([OTHER]);
    expect(store.getState().storedModels?.map((model) => model.modelId)).toEqual([OTHER]);
  });

  it("deletes all models", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(OTHER);
    await store.getState().loadModel(MODEL);
    await store.getState().refreshStoredModels();
    await store.getState().deleteAllStoredModels();
    expect(engine.cached.size).toBe(0);
    expect(store.getState().storedModels).toEqual([]);
  });

  it("lists the files no known model claims, deletes them and says what went; models stay", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().loadModel(MODEL);
    engine.unclaimed = { files: 3, bytes: 12_400_000 };
    await store.getState().restoreCustomModels();
    await store.getState().refreshStoredModels();
    expect(store.getState().unclaimedFiles).toEqual({ files: 3, bytes: 12_400_000 });

    await store.getState().deleteUnclaimedFiles();
    expect(store.getState().unclaimedFiles).toEqual({ files: 0, bytes: 0 });
    expect(store.getState().unclaimedFilesDeleted).toEqual({ files: 3, bytes: 12_400_000 });
    expect(store.getState().storedModels?.map((model) => model.modelId)).toEqual([MODEL]);
  });

  it("keeps the other files listed, with the reason, when deleting them fails", async () => {
    const { store, engine } = await createTestStore();
    engine.unclaimed = { files: 2, bytes: 500 };
    engine.deleteUnclaimedFailure = { kind: "unknown", message: "disk busy" };
    await store.getState().restoreCustomModels();
    await store.getState().deleteUnclaimedFiles();
    expect(store.getState().modelStorageError).toEqual({ failed: "delete-unclaimed", detail: "disk busy" });
    expect(store.getState().unclaimedFiles).toEqual({ files: 2, bytes: 500 });
  });

  it("neither shows nor deletes other files before the user's own models are known (theirs would look like nobody's)", async () => {
    const { store, engine } = await createTestStore();
    engine.unclaimed = { files: 3, bytes: 12_400_000 };
    await store.getState().refreshStoredModels();
    expect(store.getState().unclaimedFiles).toEqual({ files: 0, bytes: 0 });
    await store.getState().deleteUnclaimedFiles();
    expect(engine.unclaimed).toEqual({ files: 3, bytes: 12_400_000 });

    await store.getState().restoreCustomModels();
    await store.getState().refreshStoredModels();
    expect(store.getState().unclaimedFiles).toEqual({ files: 3, bytes: 12_400_000 });
  });

  it("says what the browser answered to a persistence request", async () => {
    const { store } = await createTestStore();
    await store.getState().requestPersistentStorage();
    expect(store.getState().persistence).toBe("persistent");
    expect(store.getState().persistenceAnswer).toBe("granted");
  });

  it("a cancelled download is remembered so its kept files can be explained", async () => {
    const { store, engine } = await createTestStore();
    engine.loadFailure = { kind: "cancelled", message: "load-cancelled", reason: { code: "load-cancelled" } };
    await store.getState().loadModel(MODEL);
    expect(store.getState().modelLoad).toEqual({ status: "idle" });
    expect(store.getState().cancelledDownloadId).toBe(MODEL);
  });
});
