/** The real engine: web-llm on WebGPU, in its own worker (the only chunk that contains web-llm). */
import type { EngineClient } from "../EngineClient";
import { MODEL_MIRROR } from "../modelMirror";
import { catalogSources } from "../modelSources";
import { createWorkerEngineClient } from "../workerEngineClient";

export { probeCapabilities } from "../capabilityProbe";

export function createEngineClient(): EngineClient {
  return createWorkerEngineClient(
    () => new Worker(new URL("../../../workers/webllmEngine.worker.ts", import.meta.url), { type: "module" }),
    catalogSources(MODEL_MIRROR),
  );
}
