/**
 * The web-llm engine worker: the only place web-llm is imported at runtime, so the ~6 MB
 * library ships once, in this worker's chunk. It speaks Sigilo's protocol, not web-llm's own.
 * Model files are downloaded by Sigilo's downloader into web-llm's IndexedDB cache; web-llm
 * then loads them from there.
 */
import { MLCEngine, prebuiltAppConfig, type AppConfig } from "@mlc-ai/web-llm";
import { createRequestDispatcher } from "./engineBackend";
import { onEngineRequest, postEngineEvent } from "./engineWorkerScope";
import { browserDownloadEnvironment } from "./modelStore/browserEnvironment";
import { DEFAULT_RETRY, downloadModel } from "./modelStore/modelDownload";
import { createModelImporter } from "./modelStore/modelImport";
import { createModelStore } from "./modelStore/modelStore";
import { verifyStoredModel } from "./modelStore/storedModelCheck";
import { createModelLibraries } from "./webllm/modelLibraries";
import { createWebLlmCache } from "./webllm/webLlmCache";
import { appConfigFor } from "./webllm/appConfigFor";
import { watchDeviceLoss } from "./webllm/deviceLossWatch";
import { createWebLlmBackend } from "./webllm/webLlmBackend";
import { recordEngineRequests } from "./recordEngineRequests";

recordEngineRequests();

const appConfig: AppConfig = { ...prebuiltAppConfig, cacheBackend: "indexeddb" };
const cache = createWebLlmCache();
const environment = browserDownloadEnvironment(cache, DEFAULT_RETRY);

const backend = createWebLlmBackend({
  engine: new MLCEngine({ appConfig }),
  appConfigFor: (source) => appConfigFor(appConfig, source),
  download: (source, onProgress) => downloadModel(source, environment, onProgress),
  checkStored: (source) => verifyStoredModel(source, cache),
});
const importer = createModelImporter({ cache, estimateStorage: environment.estimateStorage });
const libraries = createModelLibraries(cache, environment.fetch);
const handler = createRequestDispatcher(
  backend,
  createModelStore(cache),
  postEngineEvent,
  importer,
  libraries,
);
watchDeviceLoss(handler.deviceLost);
onEngineRequest(handler.handle);
