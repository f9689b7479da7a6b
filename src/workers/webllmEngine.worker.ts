/**
 * The web-llm engine worker: the only place web-llm is imported at runtime, so the ~6 MB library ships
 * once, in this worker's chunk, and is fetched only when a model is loaded. It speaks Sigilo's protocol,
 * not web-llm's own, and serves only loading and chatting (the model-store worker answers about stored
 * files). Model files are downloaded by Sigilo's downloader into web-llm's IndexedDB cache; web-llm then
 * loads them from there.
 */
import { MLCEngine, prebuiltAppConfig, type AppConfig } from "@mlc-ai/web-llm";
import { engineCalls } from "./engineBackend";
import { serveCalls } from "./engineWorkerScope";
import { browserDownloadEnvironment } from "./modelStore/browserEnvironment";
import { DEFAULT_RETRY, downloadModel } from "./modelStore/modelDownload";
import { verifyStoredModel } from "./modelStore/storedModelCheck";
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
  appConfigFor: (...sources) => appConfigFor(appConfig, ...sources),
  download: (source, onProgress, signal) => downloadModel(source, environment, onProgress, signal),
  checkStored: (source) => verifyStoredModel(source, cache),
});
watchDeviceLoss(serveCalls(engineCalls(backend)).deviceLost);
