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
  { status: "idle" } | { status: "importing"; name: string; progress: ImportProgress | undefined };

export interface ModelImportSlice {
  modelImport: ModelImportState;
  /** What the chosen files hold as a model, or why they cannot be imported. */
  inspectModelFiles(files: ChosenFile[]): Promise<ModelFolderCheck>;
  /** Stores the files as a new model named `name`; once stored it is saved as the user's own model and selected. */
  importModelFiles(name: string, files: ChosenFile[]): Promise<ImportResult>;
  cancelModelImport(): void;
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
      set({ modelImport: { status: "importing", name, progress: undefined } });
      try {
        const result = await services.engine.importFiles(source, files, (progress) =>
          set({ modelImport: { status: "importing", name, progress } }),
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
        return { ok: false, problem: { kind: "failed", message: failureMessage(error) } };
      } finally {
        set({ modelImport: { status: "idle" } });
      }
    },

    cancelModelImport() {
      if (get().modelImport.status === "importing") services.engine.cancelImport();
    },
  });
