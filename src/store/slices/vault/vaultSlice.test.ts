import { describe, expect, it } from "vitest";
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
});
