import type { StateCreator } from "zustand";
import type { NetworkRequestRecord } from "../../../domain/networkRequest";
import { MODEL_CATALOG } from "../../../domain/modelCatalog";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { describeErased } from "./describeErased";

export type EraseStatus =
  | { status: "idle" }
  | { status: "erasing" }
  /** `removed` lists, in words, what was deleted; the app must be reloaded to start afresh. */
  | { status: "done"; removed: string[] }
  | { status: "failed"; message: string };

export interface PrivacySlice {
  /** Undefined until first loaded. */
  networkRequests: NetworkRequestRecord[] | undefined;
  networkLogError: string | undefined;
  erase: EraseStatus;
  loadNetworkRequests(): Promise<void>;
  clearNetworkRequests(): Promise<void>;
  eraseEverything(): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const createPrivacySlice =
  (services: AppServices): StateCreator<AppState, [], [], PrivacySlice> =>
  (set, get) => ({
    networkRequests: undefined,
    networkLogError: undefined,
    erase: { status: "idle" },

    async loadNetworkRequests() {
      try {
        set({ networkRequests: await services.privacy.listNetworkRequests(), networkLogError: undefined });
      } catch (error) {
        set({ networkLogError: `Could not read the request log: ${messageOf(error)}` });
      }
    },

    async clearNetworkRequests() {
      try {
        await services.privacy.clearNetworkRequests();
        set({ networkRequests: [], networkLogError: undefined });
      } catch (error) {
        set({ networkLogError: `Could not clear the request log: ${messageOf(error)}` });
      }
    },

    async eraseEverything() {
      if (get().erase.status === "erasing") return;
      if (get().generation.status === "streaming") get().stopGenerating();
      // Counted before erasing: afterwards there is nothing left to count.
      const conversationCount = get().conversations.length;
      const modelNames = MODEL_CATALOG.filter((model) => get().cachedModelIds.includes(model.id)).map(
        (model) => model.name,
      );
      set({ erase: { status: "erasing" } });
      try {
        const erased = await services.privacy.eraseEverything();
        set({
          erase: { status: "done", removed: describeErased({ conversationCount, modelNames, ...erased }) },
          networkRequests: [],
        });
      } catch (error) {
        set({ erase: { status: "failed", message: messageOf(error) } });
      }
    },
  });
