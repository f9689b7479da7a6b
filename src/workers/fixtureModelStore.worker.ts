/**
 * The model-store worker of the fixture build: the real one, except that the storage estimate follows
 * the page's `fixture-free-storage-mb` setting (passed as the worker's name), as the fixture engine's does.
 */
import { parseFixtureConfig } from "./fixture/config";
import { createFixtureNetwork } from "./fixture/fixtureNetwork";
import { serveModelStore } from "./modelStoreWorker";

serveModelStore(createFixtureNetwork(parseFixtureConfig(new URLSearchParams(self.name))).estimateStorage);
