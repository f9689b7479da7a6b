/** The real engine: web-llm on WebGPU, in its own worker (the only chunk that contains web-llm). */
import type { EngineClient } from "../EngineClient";
import type { ModelSources } from "../modelSources";
import { createWorkerEngineClient } from "../workerEngineClient";

export { probeCapabilities } from "../capabilityProbe";

/** `sources`: where each model's files are (the catalog, the mirror, the user's own models). */
export function createEngineClient(sources: ModelSources): EngineClient {
  return createWorkerEngineClient(
    {
      engine: () =>
        new Worker(new URL("../../../workers/webllmEngine.worker.ts", import.meta.url), { type: "module" }),
      modelStore: () =>
        new Worker(new URL("../../../workers/modelStore.worker.ts", import.meta.url), { type: "module" }),
    },
    sources,
  );
}
