/**
 * The web-llm engine worker: the only place web-llm is imported at runtime, so the ~6 MB
 * library ships once, in this worker's chunk. It speaks Sigilo's protocol, not web-llm's own.
 */
import {
  MLCEngine,
  deleteModelAllInfoInCache,
  hasModelInCache,
  prebuiltAppConfig,
  type AppConfig,
} from "@mlc-ai/web-llm";
import { createRequestDispatcher } from "./engineBackend";
import { onEngineRequest, postEngineEvent } from "./engineWorkerScope";
import { watchDeviceLoss } from "./webllm/deviceLossWatch";
import { createWebLlmBackend } from "./webllm/webLlmBackend";
import { recordEngineRequests } from "./recordEngineRequests";

recordEngineRequests();

/** One config for loading and for the cache queries: given another, they would look in the wrong cache backend. */
const appConfig: AppConfig = { ...prebuiltAppConfig, cacheBackend: "indexeddb" };

const backend = createWebLlmBackend({
  engine: new MLCEngine({ appConfig }),
  hasModelInCache: (modelId) => hasModelInCache(modelId, appConfig),
  deleteModelAllInfoInCache: (modelId) => deleteModelAllInfoInCache(modelId, appConfig),
});
const handler = createRequestDispatcher(backend, postEngineEvent);
watchDeviceLoss(handler.deviceLost);
onEngineRequest(handler.handle);
