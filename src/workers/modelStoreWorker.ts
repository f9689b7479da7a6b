/**
 * What both model-store worker entries run: the stored-model calls over web-llm's cache, without web-llm
 * (an update's new model libraries are fetched here too, from the real network in both builds).
 */
import type { ChosenFile } from "../domain/importedModel";
import { serveCalls } from "./engineWorkerScope";
import { modelStoreCalls } from "./modelStoreCalls";
import { createModelImporter } from "./modelStore/modelImport";
import { createModelStore } from "./modelStore/modelStore";
import type { StorageEstimator } from "./modelStore/storageSpace";
import { fetchUncached } from "./modelStore/browserEnvironment";
import { createModelLibraries } from "./webllm/modelLibraries";
import { createWebLlmCache } from "./webllm/webLlmCache";
import { recordEngineRequests } from "./recordEngineRequests";

export interface ModelStoreWorkerOptions extends StorageEstimator {
  /** The files an import reads (the fixture slows them down, so tests can act while an import runs). */
  filesToImport?(files: ChosenFile[]): ChosenFile[];
}

export function serveModelStore({ estimateStorage, filesToImport }: ModelStoreWorkerOptions): void {
  recordEngineRequests();
  const cache = createWebLlmCache();
  const calls = modelStoreCalls(
    createModelStore(cache),
    createModelImporter({ cache, estimateStorage }),
    createModelLibraries(cache, fetchUncached),
  );
  serveCalls({
    ...calls,
    importFiles: (params, call) =>
      calls.importFiles({ ...params, files: filesToImport?.(params.files) ?? params.files }, call),
  });
}
