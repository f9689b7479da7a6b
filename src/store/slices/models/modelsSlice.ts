import type { StateCreator } from "zustand";
import { engineErrorFor, type EngineError } from "../../../domain/engineError";
import { EngineFailure } from "../../../services/engine/EngineClient";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { isDownloading, startLoading, withProgress, type LoadingModel } from "./loadState";
import { unlessLocked } from "../vault/unlessLocked";

export type ModelLoad =
  | { status: "idle" }
  | LoadingModel
  | { status: "ready"; modelId: string }
  | { status: "failed"; modelId: string; error: EngineError };

export interface ModelsSlice {
  /** The model highlighted in the picker (preselected or chosen), not necessarily loaded. */
  selectedModelId: string | undefined;
  cachedModelIds: string[];
  modelLoad: ModelLoad;
  /** The model whose download the user cancelled last; its stored files are kept for resuming. */
  cancelledDownloadId: string | undefined;
  /** The picker is shown over the chat when the user asks to change the model. */
  modelPickerOpen: boolean;
  selectModel(modelId: string): void;
  loadModel(modelId: string): Promise<void>;
  cancelModelLoad(): void;
  setModelPickerOpen(open: boolean): void;
  /**
   * Start-up: learn which models are stored and, if the last one used is, load it. `onListed` is called
   * once what is stored is known, before that load; the stored files are listed once `listAfter` settles
   * (the user's own models are read: the engine must know where their files are).
   */
  restoreModels(onListed?: () => void, listAfter?: Promise<unknown>): Promise<void>;
  /** Deletes the model's stored files (possibly damaged), then downloads and loads it afresh. */
  redownloadModel(modelId: string): Promise<void>;
  /** The loaded model went away (GPU device lost, engine ended): it must be loaded again. */
  markModelLost(error: EngineError): void;
}

/** Settings key of the model loaded at start-up. */
export const LAST_MODEL_KEY = "lastModelId";
export const isString = (value: unknown): value is string => typeof value === "string";

export const createModelsSlice =
  (services: AppServices): StateCreator<AppState, [], [], ModelsSlice> =>
  (set, get) => {
    /**
     * The model restoreModels marked "loading" before the engine was asked for it (see there); until the
     * engine has it, cancelling is only a change of state.
     */
    let markedForRestore: string | undefined;

    /** Hands the load that `modelLoad` shows to the engine, and commits how it ends. */
    async function runLoad(modelId: string, previouslyReady: ModelLoad | undefined): Promise<void> {
      try {
        await services.engine.load(modelId, (progress) => {
          const load = get().modelLoad;
          if (load.status !== "loading" || load.modelId !== modelId) return;
          set({ modelLoad: withProgress(load, progress, services.now()) });
        });
        set((state) => ({
          modelLoad: { status: "ready", modelId },
          modelPickerOpen: false,
          cachedModelIds: state.cachedModelIds.includes(modelId)
            ? state.cachedModelIds
            : [...state.cachedModelIds, modelId],
        }));
        services.settings.set(LAST_MODEL_KEY, modelId).catch(unlessLocked(get().reportStorageError));
        get().noteModelUsed(modelId);
      } catch (error) {
        const engineError =
          error instanceof EngineFailure ? error.error : { kind: "unknown" as const, message: String(error) };
        const load = get().modelLoad;
        const loading = load.status === "loading" && load.modelId === modelId ? load : undefined;
        // Only the load onto the GPU unloads the model before it (web-llm's reload() begins by unloading),
        // and the engine says when that begins before it does.
        const previousKept = previouslyReady && loading?.progress?.phase !== "gpu";
        const cancelled = engineError.kind === "cancelled";
        set({
          modelLoad: !cancelled
            ? { status: "failed", modelId, error: engineError }
            : previousKept
              ? previouslyReady
              : { status: "idle" },
          cancelledDownloadId: cancelled && loading && isDownloading(loading) ? modelId : undefined,
        });
        // What is stored changed (files kept for resuming), and a quota failure lists what could go.
        void get().refreshStoredModels();
      }
    }

    /** Reads the last model used and, if nothing else loads, marks it "loading" at once. */
    async function readAndMarkLastModel(): Promise<{ lastModelId?: string; marked: boolean }> {
      const lastModelId = await services.settings.get(LAST_MODEL_KEY, isString).catch(() => undefined);
      if (!lastModelId || get().modelLoad.status !== "idle") return { lastModelId, marked: false };
      markedForRestore = lastModelId;
      // It loaded before, so its files were stored: it goes to the GPU, it does not download.
      set({ selectedModelId: lastModelId, modelLoad: startLoading(lastModelId, true, services.now()) });
      return { lastModelId, marked: true };
    }

    /** Takes back restoreModels' mark: true when it was still there (nothing cancelled or replaced it). */
    function takeRestoreMark(modelId: string): boolean {
      const marked = markedForRestore === modelId;
      markedForRestore = undefined;
      const load = get().modelLoad;
      return marked && load.status === "loading" && load.modelId === modelId;
    }

    return {
      selectedModelId: undefined,
      cachedModelIds: [],
      modelLoad: { status: "idle" },
      cancelledDownloadId: undefined,
      modelPickerOpen: false,

      selectModel(modelId) {
        set({ selectedModelId: modelId });
      },

      async loadModel(modelId) {
        const current = get().modelLoad;
        if (current.status === "loading") return;
        if (current.status === "ready" && current.modelId === modelId) {
          set({ modelPickerOpen: false });
          return;
        }
        // A model already loaded stays loaded while the next one downloads; a cancelled download returns to it.
        const previouslyReady = current.status === "ready" ? current : undefined;
        const stored = get().cachedModelIds.includes(modelId);
        set({
          selectedModelId: modelId,
          modelLoad: startLoading(modelId, stored, services.now()),
          cancelledDownloadId: undefined,
        });
        await runLoad(modelId, previouslyReady);
      },

      cancelModelLoad() {
        const load = get().modelLoad;
        if (load.status !== "loading") return;
        if (markedForRestore === load.modelId) {
          // Not handed to the engine yet: restoreModels sees the mark gone and does not load it.
          markedForRestore = undefined;
          set({ modelLoad: { status: "idle" } });
          return;
        }
        services.engine.cancelLoad();
      },

      setModelPickerOpen(open) {
        set({ modelPickerOpen: open });
      },

      async restoreModels(onListed = () => {}, listAfter = Promise.resolve()) {
        // The last model is "loading" from the moment its id is read, not once its stored files are listed
        // (the model-store worker starting and reading web-llm's cache: hundreds of milliseconds): the
        // composer accepts a message from the first paint, and the message waits for the model.
        const [{ lastModelId, marked }] = await Promise.all([
          readAndMarkLastModel(),
          listAfter.then(() => get().refreshStoredModels()),
        ]);
        const stillMarked = marked && lastModelId !== undefined && takeRestoreMark(lastModelId);
        onListed();
        if (!lastModelId) return;
        // The user cancelled it meanwhile (or another tab took the model, or the lock closed).
        if (marked && !stillMarked) return;
        if (get().cachedModelIds.includes(lastModelId)) {
          if (stillMarked) await runLoad(lastModelId, undefined);
          else await get().loadModel(lastModelId);
          return;
        }
        if (stillMarked) set({ modelLoad: { status: "idle" } });
        // Only a model that loaded once becomes the last one used, and deleting it forgets it; so
        // when its files are gone now, the browser (or something outside Sigilo) removed them.
        const { storedModels, modelLoad, customModels } = get();
        if (storedModels === undefined || modelLoad.status !== "idle") return;
        const stored = storedModels.find((model) => model.modelId === lastModelId);
        // A model imported from files cannot be downloaded again: it says so rather than offer a download.
        const imported = customModels.some(
          (model) => model.source.modelId === lastModelId && model.importedAt !== undefined,
        );
        set({
          selectedModelId: lastModelId,
          modelLoad: {
            status: "failed",
            modelId: lastModelId,
            error: engineErrorFor(
              imported
                ? {
                    code: "imported-files-missing",
                    filesStored: stored?.filesStored ?? 0,
                    filesTotal: stored?.filesTotal,
                  }
                : { code: "stored-model-gone", partly: stored !== undefined },
            ),
          },
        });
      },

      async redownloadModel(modelId) {
        await get().deleteStoredModel(modelId);
        await get().loadModel(modelId);
      },

      markModelLost(error) {
        const load = get().modelLoad;
        if (load.status === "ready" || load.status === "loading") {
          set({ modelLoad: { status: "failed", modelId: load.modelId, error } });
        }
      },
    };
  };
