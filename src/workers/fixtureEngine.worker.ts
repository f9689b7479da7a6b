/**
 * The fixture engine worker, built instead of the web-llm one for tests (`vite build --mode
 * fixture`). Its `fixture-*` settings arrive as the worker's name, set by the page.
 */
import { onEngineRequest, postEngineEvent } from "./engineWorkerScope";
import { indexedDbCacheMarker } from "./fixture/cacheMarker";
import { parseFixtureConfig } from "./fixture/config";
import { createFixtureEngine } from "./fixture/fixtureEngine";

const config = parseFixtureConfig(new URLSearchParams(self.name));
onEngineRequest(createFixtureEngine(config, indexedDbCacheMarker, postEngineEvent).handle);
