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
import { browserDownloadEnvironment } from "./modelStore/browserEnvironment";
import { DEFAULT_RETRY, downloadModel } from "./modelStore/modelDownload";
import { verifyStoredModel } from "./modelStore/storedModelCheck";
import { createWebLlmCache } from "./modelStore/webLlmCache";
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
// The fixture has no GPU upload to trip over a damaged file, so it checks what it would load.
const backend = createFixtureBackend(config, async (source, onProgress, signal) => {
  network.startLoad();
  await downloadModel(source, environment, onProgress, signal);
  await verifyStoredModel(source, cache);
});
serveCalls(engineCalls(backend));
