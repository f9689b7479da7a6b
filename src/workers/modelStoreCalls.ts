/**
 * The calls about stored model files, answered from web-llm's cache without web-llm itself: the small
 * model-store worker serves them, so start-up can learn what is stored (and an update plan and fetch its
 * model libraries) without fetching web-llm's 6 MB.
 */
import { NO_UNCLAIMED_FILES } from "../domain/storedModel";
import type { ModelSource } from "../domain/modelSource";
import type { ModelImporter } from "./modelStore/modelImport";
import type { ModelStore } from "./modelStore/modelStore";
import type { CallHandlers } from "./requestDispatcher";
import type { ModelLibraries } from "./webllm/modelLibraries";

export type ModelStoreCalls = Omit<CallHandlers, "load" | "chat" | "unload" | "embed">;

export function modelStoreCalls(
  models: ModelStore,
  importer: ModelImporter,
  libraries: ModelLibraries,
): ModelStoreCalls {
  /** The model being imported is not known to the page yet, but its files are no leftovers. */
  function withImportInProgress(sources: readonly ModelSource[]): ModelSource[] {
    const importing = importer.importing();
    return importing ? [...sources, importing] : [...sources];
  }

  return {
    isCached: ({ source }) => models.isComplete(source),
    deleteCached: ({ source, otherSources }) => models.delete(source, otherSources),
    listStored: async ({ sources, unclaimed }) => {
      const [stored, unclaimedFiles] = await Promise.all([
        models.list(sources),
        unclaimed ? models.listUnclaimed(withImportInProgress(sources)) : NO_UNCLAIMED_FILES,
      ]);
      return { models: stored, unclaimed: unclaimedFiles };
    },
    deleteUnclaimed: ({ sources }) => models.deleteUnclaimed(withImportInProgress(sources)),
    inspectFiles: ({ files }) => importer.inspect(files),
    importFiles: ({ source, files }, { signal, progress }) =>
      importer.import(source, files, progress, signal),
    listLibraries: () => libraries.list(),
    fetchLibraries: ({ urls }, { signal }) => libraries.fetch(urls, signal),
    deleteLibraries: ({ urls }) => libraries.delete(urls),
  };
}
