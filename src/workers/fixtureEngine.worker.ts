/**
 * The fixture engine worker, built instead of the web-llm one for tests (`vite build --mode fixture`). Its
 * `fixture-*` settings arrive as the worker's name, set by the page. Model files go through the real
 * downloader, cache and stored-model check code; only inference (and web-llm's reports) is simulated.
 */
import { engineCalls } from "./engineBackend";
import { serveCalls } from "./engineWorkerScope";
import { parseFixtureConfig } from "./fixture/config";
import { createFixtureBackend } from "./fixture/fixtureBackend";
import { createFixtureNetwork } from "./fixture/fixtureNetwork";
import { readLikeWebLlm } from "./fixture/readLikeWebLlm";
import { browserDownloadEnvironment } from "./modelStore/browserEnvironment";
import { DEFAULT_RETRY, downloadModel } from "./modelStore/modelDownload";
import { verifyStoredModel } from "./modelStore/storedModelCheck";
import { createWebLlmCache } from "./webllm/webLlmCache";
import { recordEngineRequests } from "./recordEngineRequests";

recordEngineRequests();

const config = parseFixtureConfig(new URLSearchParams(self.name));
const network = createFixtureNetwork(config);
const cache = createWebLlmCache();
const environment = browserDownloadEnvironment(
  cache,
  { ...DEFAULT_RETRY, firstDelayMs: config.retryDelayMs },
  { fetch: network.fetch, estimateStorage: network.estimateStorage },
);
const backend = createFixtureBackend(config, {
  async download(source, onProgress, signal) {
    network.startLoad();
    await downloadModel(source, environment, onProgress, signal);
  },
  readStored: (source) => readLikeWebLlm(source, cache),
  checkStored: (source) => verifyStoredModel(source, cache),
});
serveCalls(engineCalls(backend));
