import { describe, expect, it } from "vitest";
import { startApp } from "../../startApp";
import { createTestStore, settle } from "../../testing/testStore";
import { selectActiveMessages } from "../conversations/selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

describe("vault slice", () => {
  it("locking clears every conversation from memory; unlocking reads them back", async () => {
    const { store } = await createTestStore();
    await store.getState().loadModel(MODEL);
    await store.getState().sendMessage("My secret plan");
    await store.getState().enableVault("correct horse", 15);
    expect(store.getState().vaultStatus).toBe("unlocked");

    await store.getState().lockVault();
    const locked = store.getState();
    expect(locked.vaultStatus).toBe("locked");
    expect(locked.conversations).toEqual([]);
    expect(locked.messagesByConversation).toEqual({});
    expect(JSON.stringify(locked)).not.toContain("secret plan");

    expect(await store.getState().unlockVault("wrong horse")).toBe("wrong-passphrase");
    expect(store.getState().conversations).toEqual([]);
    expect(await store.getState().unlockVault("correct horse")).toBe("unlocked");
    expect(store.getState().conversations[0]?.title).toBe("My secret plan");
    expect(selectActiveMessages(store.getState())[0]?.content).toBe("My secret plan");
  });

  it("locking during a reply stops it and saves it before the key goes", async () => {
    const { store, engine, storage } = await createTestStore();
    await store.getState().loadModel(MODEL);
    await store.getState().enableVault("correct horse", 15);
    engine.holdChat = true;
    const sending = store.getState().sendMessage("Tell me a story");
    await settle();
    const conversationId = store.getState().activeConversationId!;

    const locking = store.getState().lockVault();
    engine.releaseChat?.();
    await Promise.all([sending, locking]);
    await settle();
    expect(store.getState().storageError).toBeUndefined();

    await storage.vault.unlock("correct horse");
    const stored = await storage.conversations.getMessages(conversationId);
    expect(stored[1]).toMatchObject({ status: "stopped", content: "Hello" });
  });

  it("turning the lock off asks for the passphrase", async () => {
    const { store } = await createTestStore();
    await store.getState().enableVault("correct horse", 15);
    expect(await store.getState().disableVault("nope")).toBe("wrong-passphrase");
    expect(store.getState().vaultStatus).toBe("unlocked");
    expect(await store.getState().disableVault("correct horse")).toBe("disabled");
    expect(store.getState().vaultStatus).toBe("off");
    expect(store.getState().vaultTask).toBeUndefined();
  });

  it("keeps the user's presets and last model sealed: not read before the passphrase, restored after it", async () => {
    const { store } = await createTestStore(undefined, "vault-slice-restart");
    await store.getState().loadModel(MODEL);
    store.getState().savePreset({ name: "Counsel", text: "Review the ACME merger" }, []);
    await store.getState().enableVault("correct horse", 15);
    await settle();

    // A restart: locked, nothing personal is read (and no error is shown for not reading it).
    const restarted = await createTestStore(undefined, "vault-slice-restart");
    restarted.engine.cached.add(MODEL); // the model's files stayed in the browser
    await startApp(restarted.store);
    const locked = restarted.store.getState();
    expect(locked.vaultStatus).toBe("locked");
    expect(locked.userPresets).toEqual([]);
    expect(locked.modelLoad).toEqual({ status: "idle" });
    expect(locked.storageError).toBeUndefined();

    expect(await restarted.store.getState().unlockVault("correct horse")).toBe("unlocked");
    await settle();
    const unlocked = restarted.store.getState();
    expect(unlocked.userPresets.map((preset) => preset.text)).toEqual(["Review the ACME merger"]);
    expect(unlocked.modelLoad).toEqual({ status: "ready", modelId: MODEL });
    expect(unlocked.modelsLastUsed[MODEL]).toBeDefined();

    await restarted.store.getState().lockVault();
    expect(JSON.stringify(restarted.store.getState())).not.toContain("ACME");
  });

  it("a model that finishes loading after the lock came on is simply not remembered, with no error", async () => {
    const { store, engine } = await createTestStore();
    await store.getState().enableVault("correct horse", 15);
    engine.holdLoad = true;
    const loading = store.getState().loadModel(MODEL);
    await settle();
    await store.getState().lockVault();
    engine.releaseLoad?.();
    await loading;
    await settle();
    expect(store.getState().storageError).toBeUndefined();
  });
});
