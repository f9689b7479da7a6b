import type { StateCreator } from "zustand";
import { NO_UNCLAIMED_FILES, type StoredModelInfo, type UnclaimedFiles } from "../../../domain/storedModel";
import { failureMessage } from "../../../services/engine/EngineClient";
import type { AppServices } from "../../services";
import { LAST_MODEL_KEY, isString } from "../models/modelsSlice";
import type { AppState } from "../../appState";
import { unlessLocked } from "../vault/unlessLocked";
import { isMoment } from "../../../domain/moment";

/** "unsupported": the browser has no persistence API. */
export type Persistence = "persistent" | "best-effort" | "unsupported";

/** What the browser answered when asked to keep stored models. */
export type PersistenceAnswer = "granted" | "declined" | "unsupported";

/** Listing or deleting stored models failed; `detail` is the underlying error, for the curious. */
export interface ModelStorageError {
  failed: "list" | "delete" | "delete-unclaimed";
  detail: string;
}

export interface ModelStorageSlice {
  /** Undefined until first listed. */
  storedModels: StoredModelInfo[] | undefined;
  /** Stored files no known model claims (leftovers); undefined until first listed. */
  unclaimedFiles: UnclaimedFiles | undefined;
  /** What the last "delete other files" removed, for the manager to confirm. */
  unclaimedFilesDeleted: UnclaimedFiles | undefined;
  /** Model id → when it was last loaded (ms since epoch). */
  modelsLastUsed: Record<string, number>;
  storageEstimate: { usage?: number; quota?: number } | undefined;
  persistence: Persistence | undefined;
  /** What the browser answered the last time persistence was requested. */
  persistenceAnswer: PersistenceAnswer | undefined;
  modelManagerOpen: boolean;
  /** Set when listing or deleting failed, for the manager to show. */
  modelStorageError: ModelStorageError | undefined;
  setModelManagerOpen(open: boolean): void;
  /** Lists what is stored per model, with sizes, and the browser's storage figures. */
  refreshStoredModels(): Promise<void>;
  deleteStoredModel(modelId: string): Promise<void>;
  deleteAllStoredModels(): Promise<void>;
  /** Deletes the stored files no known model claims; known models' files are never touched. */
  deleteUnclaimedFiles(): Promise<void>;
  requestPersistentStorage(): Promise<void>;
  noteModelUsed(modelId: string): void;
}

const LAST_USED_KEY = "modelsLastUsed";
const isLastUsedMap = (value: unknown): value is Record<string, number> =>
  typeof value === "object" && value !== null && Object.values(value).every(isMoment);

export const createModelStorageSlice =
  (services: AppServices): StateCreator<AppState, [], [], ModelStorageSlice> =>
  (set, get) => {
    /** The model in use keeps running from GPU memory, so it is unloaded before its files go. */
    async function forget(modelIds: readonly string[]): Promise<void> {
      const load = get().modelLoad;
      if (load.status === "ready" && modelIds.includes(load.modelId)) {
        await services.engine.unload().catch(() => {});
        set({ modelLoad: { status: "idle" } });
      }
      set((state) => ({
        cachedModelIds: state.cachedModelIds.filter((id) => !modelIds.includes(id)),
        storedModels: state.storedModels?.filter((model) => !modelIds.includes(model.modelId)),
      }));
    }

    async function deleteModels(modelIds: readonly string[]): Promise<void> {
      set({ modelStorageError: undefined });
      try {
        for (const modelId of modelIds) {
          await services.engine.deleteCached(modelId);
          await forget([modelId]);
          // A deleted model is not loaded at the next start, nor reported as evicted.
          const lastModelId = await services.settings.get(LAST_MODEL_KEY, isString).catch(() => undefined);
          if (lastModelId === modelId) await services.settings.delete(LAST_MODEL_KEY);
        }
      } catch (error) {
        set({ modelStorageError: { failed: "delete", detail: failureMessage(error) } });
      }
      await get().refreshStoredModels();
    }

    return {
      storedModels: undefined,
      unclaimedFiles: undefined,
      unclaimedFilesDeleted: undefined,
      modelsLastUsed: {},
      storageEstimate: undefined,
      persistence: undefined,
      persistenceAnswer: undefined,
      modelManagerOpen: false,
      modelStorageError: undefined,

      setModelManagerOpen(open) {
        set({ modelManagerOpen: open, unclaimedFilesDeleted: undefined });
        if (open) void get().refreshStoredModels();
      },

      async refreshStoredModels() {
        try {
          const [{ models: storedModels, unclaimed }, storageEstimate, persisted, lastUsed] =
            await Promise.all([
              // Until the user's own models are known, their files would look like nobody's.
              services.engine.listStoredModels({ unclaimed: get().customModelsRestored }),
              services.deviceStorage.estimate().catch(() => ({})),
              services.deviceStorage.persisted().catch(() => undefined),
              services.settings.get(LAST_USED_KEY, isLastUsedMap).catch(() => undefined),
            ]);
          set((state) => ({
            storedModels,
            unclaimedFiles: unclaimed,
            storageEstimate,
            persistence: persisted === undefined ? "unsupported" : persisted ? "persistent" : "best-effort",
            modelsLastUsed: { ...lastUsed, ...state.modelsLastUsed },
            cachedModelIds: storedModels.filter((model) => model.complete).map((model) => model.modelId),
          }));
        } catch (error) {
          set({ modelStorageError: { failed: "list", detail: failureMessage(error) } });
        }
      },

      deleteStoredModel: (modelId) => deleteModels([modelId]),
      deleteAllStoredModels: () => deleteModels((get().storedModels ?? []).map((model) => model.modelId)),

      async deleteUnclaimedFiles() {
        if (!get().customModelsRestored) return;
        set({ modelStorageError: undefined, unclaimedFilesDeleted: undefined });
        try {
          const deleted = await services.engine.deleteUnclaimedFiles();
          // Shown at once; the listing that follows brings the browser's new storage figures.
          set({ unclaimedFiles: NO_UNCLAIMED_FILES, unclaimedFilesDeleted: deleted });
        } catch (error) {
          set({ modelStorageError: { failed: "delete-unclaimed", detail: failureMessage(error) } });
        }
        await get().refreshStoredModels();
      },

      async requestPersistentStorage() {
        const granted = await services.deviceStorage.persist().catch(() => undefined);
        set({
          persistence: granted === undefined ? "unsupported" : granted ? "persistent" : "best-effort",
          persistenceAnswer: granted === undefined ? "unsupported" : granted ? "granted" : "declined",
        });
      },

      noteModelUsed(modelId) {
        const modelsLastUsed = { ...get().modelsLastUsed, [modelId]: services.now() };
        set({ modelsLastUsed });
        services.settings.set(LAST_USED_KEY, modelsLastUsed).catch(unlessLocked(get().reportStorageError));
      },
    };
  };
