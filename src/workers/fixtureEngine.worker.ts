/**
 * The fixture engine worker, built instead of the web-llm one for tests (`vite build --mode
 * fixture`). Its `fixture-*` settings arrive as the worker's name, set by the page.
 */
import { createRequestDispatcher } from "./engineBackend";
import { onEngineRequest, postEngineEvent } from "./engineWorkerScope";
import { indexedDbCacheMarker } from "./fixture/cacheMarker";
import { parseFixtureConfig } from "./fixture/config";
import { createFixtureBackend } from "./fixture/fixtureBackend";
import { recordEngineRequests } from "./recordEngineRequests";

recordEngineRequests();

const config = parseFixtureConfig(new URLSearchParams(self.name));
const backend = createFixtureBackend(config, indexedDbCacheMarker);
onEngineRequest(createRequestDispatcher(backend, postEngineEvent).handle);
