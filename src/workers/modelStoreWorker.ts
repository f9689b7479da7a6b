/** What both model-store worker entries run: the stored-model calls over web-llm's cache, without web-llm. */
import { serveCalls } from "./engineWorkerScope";
import { modelStoreCalls } from "./modelStoreCalls";
import { createModelImporter } from "./modelStore/modelImport";
import { createModelStore } from "./modelStore/modelStore";
import type { StorageEstimator } from "./modelStore/storageSpace";
import { createWebLlmCache } from "./modelStore/webLlmCache";
import { recordEngineRequests } from "./recordEngineRequests";

export function serveModelStore(estimateStorage: StorageEstimator["estimateStorage"]): void {
  recordEngineRequests();
  const cache = createWebLlmCache();
  serveCalls(modelStoreCalls(createModelStore(cache), createModelImporter({ cache, estimateStorage })));
}
