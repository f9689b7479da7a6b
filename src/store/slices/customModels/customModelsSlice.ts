import type { StateCreator } from "zustand";
import {
  customModelCard,
  type CustomModelCheck,
  type CustomModelRequest,
  type CustomModelSummary,
} from "../../../domain/customModel";
import type { ModelSearchOutcome } from "../../../domain/huggingFaceSearch";
import type { ModelCard } from "../../../domain/modelCatalog";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { isMoment } from "../../../domain/moment";

export interface CustomModelsSlice {
  /** Models the user added by URL, as validated when they were added. */
  customModels: CustomModelSummary[];
  /** Their picker cards, made once per change so selectors return stable values. */
  customModelCards: ModelCard[];
  /**
   * True once the saved list has been read: until then an added model's stored files would look like
   * nobody's, so "other stored files" are neither shown nor deleted.
   */
  customModelsRestored: boolean;
  /** Hugging Face's MLC models matching the words typed in the model search box (and only those words). */
  searchModels(words: string): Promise<ModelSearchOutcome>;
  checkCustomModel(request: CustomModelRequest): Promise<CustomModelCheck>;
  /** Saves a model that passed the check; one with the same id is replaced. */
  addCustomModel(model: CustomModelSummary): Promise<void>;
  /** Forgets the model and deletes its stored files. */
  removeCustomModel(modelId: string): Promise<void>;
  restoreCustomModels(): Promise<void>;
}

const CUSTOM_MODELS_KEY = "customModels";

export const createCustomModelsSlice =
  (services: AppServices): StateCreator<AppState, [], [], CustomModelsSlice> =>
  (set, get) => {
    /** The engine learns of a model before it is shown, so it can always be loaded once it is. */
    const show = (models: CustomModelSummary[]) => {
      services.customModels.use(models);
      set({ customModels: models, customModelCards: models.map(customModelCard) });
    };
    const save = (models: CustomModelSummary[]) => services.settings.set(CUSTOM_MODELS_KEY, models);

    return {
      customModels: [],
      customModelCards: [],
      customModelsRestored: false,

      searchModels: (words) => services.customModels.search(words),

      checkCustomModel: (request) => services.customModels.check(request),

      async addCustomModel(model) {
        const models = [
          ...get().customModels.filter((known) => known.source.modelId !== model.source.modelId),
          model,
        ];
        await save(models);
        show(models);
        get().selectModel(model.source.modelId);
      },

      async removeCustomModel(modelId) {
        // Its files go too, complete or not: an interrupted download or an evicted import leaves some.
        await get().deleteStoredModel(modelId);
        // Deleting failed (the manager shows why): keep the model so its files are not orphaned.
        if (get().modelStorageError?.failed === "delete") return;
        const models = get().customModels.filter((model) => model.source.modelId !== modelId);
        await save(models);
        show(models);
        const load = get().modelLoad;
        if (load.status === "failed" && load.modelId === modelId) set({ modelLoad: { status: "idle" } });
      },

      async restoreCustomModels() {
        const models = await services.settings.getList(CUSTOM_MODELS_KEY, isSummary);
        if (models) show(models);
        set({ customModelsRestored: true });
      },
    };
  };

function isSummary(value: unknown): value is CustomModelSummary {
  const model = value as Partial<CustomModelSummary> | null;
  const source = model?.source;
  return (
    typeof model?.name === "string" &&
    typeof model.modelUrl === "string" &&
    typeof model.modelType === "string" &&
    typeof model.quantization === "string" &&
    isCount(model.contextWindow) &&
    isCount(model.weightsBytes) &&
    isCount(model.shardCount) &&
    (model.totalBytes === undefined || isCount(model.totalBytes)) &&
    (model.fileCount === undefined || isCount(model.fileCount)) &&
    (model.importedAt === undefined || isMoment(model.importedAt)) &&
    typeof source?.modelId === "string" &&
    typeof source.filesUrl === "string" &&
    typeof source.libraryUrl === "string"
  );
}

/** Sizes and counts are shown and added up: NaN, Infinity or a negative one would show as nonsense. */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
