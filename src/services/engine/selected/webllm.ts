/** The real engine: web-llm on WebGPU, in its own worker (the only chunk that contains web-llm). */
import type { EngineClient } from "../EngineClient";
import type { ModelSources } from "../modelSources";
import { createWorkerEngineClient } from "../workerEngineClient";
import { startWorkerUnderPagePolicy } from "../../privacy/workerUnderPagePolicy";
import engineWorkerUrl from "../../../workers/webllmEngine.worker.ts?worker&url";
import modelStoreWorkerUrl from "../../../workers/modelStore.worker.ts?worker&url";

export { probeCapabilities } from "../capabilityProbe";

/** `sources`: where each model's files are (the catalog, the mirror, the user's own models). */
export function createEngineClient(sources: ModelSources): EngineClient {
  // Under the page's policy: the browser then refuses any request, or redirect, off the model hosts.
  return createWorkerEngineClient(
    {
      engine: () => startWorkerUnderPagePolicy(engineWorkerUrl),
      modelStore: () => startWorkerUnderPagePolicy(modelStoreWorkerUrl),
    },
    sources,
  );
}
