import type { AppConfig, ModelRecord } from "@mlc-ai/web-llm";
import type { ModelSource } from "../../domain/modelSource";

/**
 * web-llm's config for loading `sources` (a chat model, and an embedding model beside it): each one's prebuilt record (overrides, required features) with
 * the weights and library URLs the page chose (a mirror, when the organisation set one). The
 * same config must serve for loading and any cache query, so it is built in this one place.
 */
export function appConfigFor(base: AppConfig, ...sources: ModelSource[]): AppConfig {
  const records = sources.map((source): ModelRecord => {
    const prebuilt = base.model_list.find((record) => record.model_id === source.modelId);
    return {
      ...(prebuilt ?? { model_id: source.modelId }),
      model: source.filesUrl,
      model_lib: source.libraryUrl,
    };
  });
  return { ...base, cacheBackend: "indexeddb", model_list: records };
}
