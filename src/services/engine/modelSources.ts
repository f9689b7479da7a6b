import { MODEL_CATALOG, catalogSource, findModel } from "../../domain/modelCatalog";
import { mirroredSource, type ModelSource } from "../../domain/modelSource";
import { EMBEDDING_MODEL_ID, embeddingModelSource } from "../../domain/retrieval/embedding";

/** Where each known model's files are fetched from: the public hosts, or the organisation's mirror. */
export interface ModelSources {
  /** Undefined for a model the app does not know. */
  source(modelId: string): ModelSource | undefined;
  all(): ModelSource[];
}

/**
 * The catalog and the embedding model documents are indexed with, every URL rewritten to `mirrorUrl` when one
 * is set (build-time `VITE_MODEL_MIRROR`).
 */
export function catalogSources(mirrorUrl: string | undefined): ModelSources {
  const resolve = (source: ModelSource) => (mirrorUrl ? mirroredSource(source, mirrorUrl) : source);
  return {
    source(modelId) {
      if (modelId === EMBEDDING_MODEL_ID) return resolve(embeddingModelSource());
      const model = findModel(modelId);
      return model && resolve(catalogSource(model));
    },
    all: () => [
      ...MODEL_CATALOG.map((model) => resolve(catalogSource(model))),
      resolve(embeddingModelSource()),
    ],
  };
}

/** The catalog plus the models the user added by URL, which change while the app runs. */
export interface CustomizableModelSources extends ModelSources {
  setCustom(sources: readonly ModelSource[]): void;
}

/** Custom models keep their own URLs: they are not in the mirror (the user chose where they live). */
export function withCustomModels(catalog: ModelSources): CustomizableModelSources {
  let custom: readonly ModelSource[] = [];
  return {
    source: (modelId) => catalog.source(modelId) ?? custom.find((source) => source.modelId === modelId),
    all: () => [...catalog.all(), ...custom],
    setCustom(sources) {
      custom = sources;
    },
  };
}
