import type { StateCreator } from "zustand";
import type { CustomModelSummary } from "../../../domain/customModel";
import {
  importedModelSource,
  newImportedModelId,
  type ChosenFile,
  type ImportProgress,
  type ImportResult,
  type ModelFolderCheck,
} from "../../../domain/importedModel";
import { MODEL_CATALOG } from "../../../domain/modelCatalog";
import { failureMessage } from "../../../services/engine/EngineClient";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

export type ModelImportState =
  | { status: "idle" }
  /** `background`: the user closed the dialog and goes on using the app; the main panel shows it. */
  | { status: "importing"; name: string; progress: ImportProgress | undefined; background: boolean }
  /** How an import the user sent to the background ended, until they dismiss it. */
  | { status: "finished"; name: string; result: ImportResult };

export interface ModelImportSlice {
  modelImport: ModelImportState;
  /** What the chosen files hold as a model, or why they cannot be imported. */
  inspectModelFiles(files: ChosenFile[]): Promise<ModelFolderCheck>;
  /** Stores the files as a new model named `name`; once stored it is saved as the user's own model and selected. */
  importModelFiles(name: string, files: ChosenFile[]): Promise<ImportResult>;
  cancelModelImport(): void;
  /** The dialog is closed while the import goes on; its outcome is kept to be shown. */
  continueImportInBackground(): void;
  dismissImportOutcome(): void;
}

export const createModelImportSlice =
  (services: AppServices): StateCreator<AppState, [], [], ModelImportSlice> =>
  (set, get) => ({
    modelImport: { status: "idle" },

    async inspectModelFiles(files) {
      try {
        return await services.engine.inspectFiles(files);
      } catch (error) {
        return { ok: false, problem: { kind: "failed", message: failureMessage(error) } };
      }
    },

    async importModelFiles(requestedName, files) {
      const name = requestedName.trim();
      if (name === "") return { ok: false, problem: { kind: "name-missing" } };
      const taken = [...MODEL_CATALOG, ...get().customModelCards].some(
        (card) => card.name.toLowerCase() === name.toLowerCase(),
      );
      if (taken) return { ok: false, problem: { kind: "name-taken", name } };
      if (get().modelImport.status === "importing") return { ok: false, problem: { kind: "cancelled" } };

      // A fresh id per import: names may repeat over time, and a stored model's files are never overwritten.
      const source = importedModelSource(newImportedModelId(services.now()));
      set({ modelImport: { status: "importing", name, progress: undefined, background: false } });
      let result: ImportResult | undefined;
      try {
        result = await services.engine.importFiles(source, files, (progress) =>
          set((state) => ({
            modelImport: {
              status: "importing",
              name,
              progress,
              background: state.modelImport.status === "importing" && state.modelImport.background,
            },
          })),
        );
        if (result.ok) {
          const { modelType, quantization, contextWindow, weightsBytes, shardCount, totalBytes, fileCount } =
            result.summary;
          const model: CustomModelSummary = {
            name,
            modelUrl: "",
            source,
            modelType,
            quantization,
            contextWindow,
            weightsBytes,
            shardCount,
            totalBytes,
            fileCount,
            importedAt: services.now(),
          };
          await get().addCustomModel(model);
          await get().refreshStoredModels();
        }
        return result;
      } catch (error) {
        result = { ok: false, problem: { kind: "failed", message: failureMessage(error) } };
        return result;
      } finally {
        const { modelImport } = get();
        const background = modelImport.status === "importing" && modelImport.background;
        set({
          modelImport: background && result ? { status: "finished", name, result } : { status: "idle" },
        });
      }
    },

    cancelModelImport() {
      if (get().modelImport.status === "importing") services.engine.cancelImport();
    },

    continueImportInBackground() {
      const { modelImport } = get();
      if (modelImport.status === "importing") set({ modelImport: { ...modelImport, background: true } });
    },

    dismissImportOutcome() {
      if (get().modelImport.status === "finished") set({ modelImport: { status: "idle" } });
    },
  });
