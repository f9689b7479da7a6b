import { errorMessage } from "../../../lib/errorMessage";
import type { StateCreator } from "zustand";
import type { NetworkRequestRecord } from "../../../domain/networkRequest";
import { MODEL_CATALOG } from "../../../domain/modelCatalog";
import type { ErasedStorage } from "../../../services/privacy/PrivacyService";
import { DatabaseNotErased } from "../../../services/storage";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/** Why the request log could not be read or cleared; `detail` is the browser's own explanation. */
export interface NetworkLogError {
  action: "read" | "clear";
  detail: string;
}

/** What "Erase everything" removed; the Privacy panel puts it into words. */
export interface ErasedReport extends ErasedStorage {
  conversationCount: number;
  modelNames: string[];
}

/** Why erasing stopped halfway. */
export type EraseFailure =
  | { kind: "database-in-use"; database: string }
  | { kind: "database-not-deleted"; database: string; detail: string | undefined }
  | { kind: "unexpected"; detail: string };

export type EraseStatus =
  | { status: "idle" }
  | { status: "erasing" }
  /** The app must be reloaded to start afresh. */
  | { status: "done"; removed: ErasedReport }
  | { status: "failed"; failure: EraseFailure };

export interface PrivacySlice {
  /** Undefined until first loaded. */
  networkRequests: NetworkRequestRecord[] | undefined;
  networkLogError: NetworkLogError | undefined;
  erase: EraseStatus;
  loadNetworkRequests(): Promise<void>;
  clearNetworkRequests(): Promise<void>;
  eraseEverything(): Promise<void>;
}

function eraseFailure(error: unknown): EraseFailure {
  if (!(error instanceof DatabaseNotErased)) return { kind: "unexpected", detail: errorMessage(error) };
  return error.reason === "in-use"
    ? { kind: "database-in-use", database: error.database }
    : { kind: "database-not-deleted", database: error.database, detail: error.detail };
}

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
        set({ networkLogError: { action: "read", detail: errorMessage(error) } });
      }
    },

    async clearNetworkRequests() {
      try {
        await services.privacy.clearNetworkRequests();
        set({ networkRequests: [], networkLogError: undefined });
      } catch (error) {
        set({ networkLogError: { action: "clear", detail: errorMessage(error) } });
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
          erase: { status: "done", removed: { conversationCount, modelNames, ...erased } },
          networkRequests: [],
        });
      } catch (error) {
        set({ erase: { status: "failed", failure: eraseFailure(error) } });
      }
    },
  });
