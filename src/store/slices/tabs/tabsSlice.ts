import type { StateCreator } from "zustand";
import type { Message } from "../../../domain/conversation";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/**
 * Whether this tab may run the model: "owner" does; "elsewhere" means another Sigilo tab had it when this
 * one opened; "taken-over" means another tab took it from this one. Until claimed, "unknown".
 */
export type EngineOwnership = "unknown" | "owner" | "elsewhere" | "taken-over";

export interface TabsSlice {
  engineOwnership: EngineOwnership;
  /** Start-up: take the engine if no other tab has it. */
  claimEngine(): Promise<void>;
  /** The user asked to use the model here: take it from the other tab and load the last model. */
  takeOverEngine(): Promise<void>;
  /** Another tab saved or deleted a conversation: re-read it (or all, without an id) from storage. */
  syncFromOtherTab(conversationId?: string): Promise<void>;
}

export const createTabsSlice =
  (services: AppServices): StateCreator<AppState, [], [], TabsSlice> =>
  (set, get) => {
    /** This tab now runs the model: no other tab can be writing a reply, so "streaming" ones were cut off. */
    async function becomeOwner(): Promise<void> {
      set({ engineOwnership: "owner" });
      if (get().vaultStatus !== "locked" && get().conversationsLoaded) {
        const interrupted = await services.conversations.markStreamingAsInterrupted().catch(() => 0);
        if (interrupted > 0) await get().syncFromOtherTab();
      }
      if (get().capabilities?.webgpu) await get().restoreModels();
    }

    async function loseToOtherTab(): Promise<void> {
      set({ engineOwnership: "taken-over" });
      const { generation, modelLoad } = get();
      if (generation.status === "streaming") get().stopGenerating();
      if (modelLoad.status === "loading") get().cancelModelLoad();
      // The GPU memory goes to the other tab.
      await services.engine.unload().catch(() => undefined);
      set({ modelLoad: { status: "idle" }, modelPickerOpen: false });
    }

    return {
      engineOwnership: "unknown",

      async claimEngine() {
        const lease = services.engineLease;
        if (!lease) return set({ engineOwnership: "owner" });
        const held = await lease.claim((nowHeld) => void (nowHeld ? becomeOwner() : loseToOtherTab()));
        set({ engineOwnership: held ? "owner" : "elsewhere" });
      },

      async takeOverEngine() {
        if (get().engineOwnership === "owner") return;
        await services.engineLease?.takeOver();
        await becomeOwner();
      },

      async syncFromOtherTab(conversationId) {
        if (get().vaultStatus === "locked" || !get().conversationsLoaded) return;
        const conversations = await services.conversations.listConversations();
        const kept = new Set(conversations.map((c) => c.id));
        set((state) => ({
          conversations,
          messagesByConversation: Object.fromEntries(
            Object.entries(state.messagesByConversation).filter(([id]) => kept.has(id)),
          ),
          activeConversationId:
            state.activeConversationId && kept.has(state.activeConversationId)
              ? state.activeConversationId
              : undefined,
        }));
        const loaded = Object.keys(get().messagesByConversation);
        const targets = conversationId ? loaded.filter((id) => id === conversationId) : loaded;
        await Promise.all(
          targets.map(async (id) => putMessages(id, await services.conversations.getMessages(id))),
        );
      },
    };

    function putMessages(conversationId: string, messages: Message[]): void {
      const generation = get().generation;
      // This tab's own reply in progress is newer in memory than in storage.
      if (generation.status === "streaming" && generation.conversationId === conversationId) return;
      set((state) => ({
        messagesByConversation: { ...state.messagesByConversation, [conversationId]: messages },
      }));
    }
  };
