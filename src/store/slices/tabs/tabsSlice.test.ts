import { describe, expect, it, vi } from "vitest";
import type { EngineLease } from "../../../services/tabs/engineLease";
import { createTestStore, settle } from "../../testing/testStore";
import { message } from "../../../services/storage/fixtures.testing";
import { selectActiveMessages } from "../conversations/selectors";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC";

/** A lease another tab holds: `change` plays the other tab closing (true) or taking over (false). */
function fakeLease(heldAtStart: boolean) {
  let onChange: (held: boolean) => void = () => {};
  const lease: EngineLease = {
    claim: async (listener) => {
      onChange = listener;
      return heldAtStart;
    },
    takeOver: vi.fn(async () => {}),
  };
  return { lease, change: (held: boolean) => onChange(held) };
}

function storeOver(databaseName: string, lease: EngineLease) {
  return createTestStore(undefined, databaseName, { engineLease: lease });
}

describe("tabs slice", () => {
  it("leaves a reply another tab is writing alone, and marks it interrupted once this tab runs the model", async () => {
    const name = `tabs-${Math.random()}`;
    const { lease, change } = fakeLease(false);
    const { store, storage } = await storeOver(name, lease);
    await storage.conversations.saveMessage(
      message({ id: "live", conversationId: "c1", createdAt: 1, role: "assistant", status: "streaming" }),
    );

    await store.getState().claimEngine();
    await store.getState().loadConversations();
    expect(store.getState().engineOwnership).toBe("elsewhere");
    expect((await storage.conversations.getMessages("c1"))[0]?.status).toBe("streaming");

    change(true);
    await vi.waitFor(() => expect(store.getState().engineOwnership).toBe("owner"));
    await vi.waitFor(async () =>
      expect((await storage.conversations.getMessages("c1"))[0]?.status).toBe("interrupted"),
    );
  });

  it("unloads the model when another tab takes over, and reloads it when taken back", async () => {
    const { lease, change } = fakeLease(true);
    const { store, engine } = await storeOver(`tabs-${Math.random()}`, lease);
    const unload = vi.spyOn(engine, "unload");
    await store.getState().probeEnvironment();
    await store.getState().claimEngine();
    await store.getState().loadModel(MODEL);

    change(false);
    await vi.waitFor(() => expect(store.getState().modelLoad.status).toBe("idle"));
    expect(store.getState().engineOwnership).toBe("taken-over");
    expect(unload).toHaveBeenCalled();

    await store.getState().takeOverEngine();
    expect(lease.takeOver).toHaveBeenCalled();
    expect(store.getState().engineOwnership).toBe("owner");
    expect(store.getState().modelLoad).toEqual({ status: "ready", modelId: MODEL });
  });

  it("re-reads a conversation another tab changed, and drops one it deleted", async () => {
    const name = `tabs-${Math.random()}`;
    const here = await createTestStore(undefined, name);
    const there = await createTestStore(undefined, name);
    await there.store.getState().loadModel(MODEL);
    await there.store.getState().sendMessage("From the other tab");
    const id = there.store.getState().activeConversationId!;
    // Its reply's last write lands after sendMessage returns: this tab must not find it still streaming.
    await settle();

    await here.store.getState().loadConversations();
    expect(selectActiveMessages(here.store.getState())).toHaveLength(2);
    await there.store.getState().sendMessage("Again");
    // The other tab announces a change once it is written (main.tsx: announceChanges); writes finish later.
    await settle();
    await here.store.getState().syncFromOtherTab(id);
    expect(selectActiveMessages(here.store.getState()).map((m) => m.content)).toEqual([
      "From the other tab",
      "Hello there!",
      "Again",
      "Hello there!",
    ]);

    await there.store.getState().deleteConversation(id);
    await here.store.getState().syncFromOtherTab(id);
    expect(here.store.getState().conversations).toEqual([]);
    expect(here.store.getState().activeConversationId).toBeUndefined();
  });
});
