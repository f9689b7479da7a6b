import { MODEL_CATALOG, catalogSource, findModel } from "../../domain/modelCatalog";
import { mirroredSource, type ModelSource } from "../../domain/modelSource";

/** Where each known model's files are fetched from: the public hosts, or the organisation's mirror. */
export interface ModelSources {
  /** Undefined for a model the app does not know. */
  source(modelId: string): ModelSource | undefined;
  all(): ModelSource[];
}

/** The catalog, every URL rewritten to `mirrorUrl` when one is set (build-time `VITE_MODEL_MIRROR`). */
export function catalogSources(mirrorUrl: string | undefined): ModelSources {
  const resolve = (source: ModelSource) => (mirrorUrl ? mirroredSource(source, mirrorUrl) : source);
  return {
    source(modelId) {
      const model = findModel(modelId);
      return model && resolve(catalogSource(model));
    },
    all: () => MODEL_CATALOG.map((model) => resolve(catalogSource(model))),
  };
}
