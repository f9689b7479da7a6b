import type { CustomModelCheck, CustomModelRequest, CustomModelSummary } from "../../domain/customModel";
import type { ModelSearchOutcome } from "../../domain/huggingFaceSearch";
import { modelHosts } from "../../domain/modelHosts";
import type { CustomizableModelSources } from "../engine/modelSources";
import { createCheckedFetch } from "../privacy/checkedFetch";
import { watchPolicyRefusals } from "../privacy/policyRefusals";

/** Finds and checks models the user adds by URL and tells the engine where their files are. */
export interface CustomModelService {
  /** Searches Hugging Face for MLC models a known library runs; sends `words` and nothing else of the user's. */
  search(words: string): Promise<ModelSearchOutcome>;
  check(request: CustomModelRequest): Promise<CustomModelCheck>;
  /** The custom models the engine may load, list and delete from now on. */
  use(models: readonly CustomModelSummary[]): void;
}

export function createCustomModelService(
  sources: CustomizableModelSources,
  mirror: string | undefined,
): CustomModelService {
  const allowedHosts = modelHosts(mirror);
  // The page's policy refuses a redirect off the model hosts; this names the refusal (see createCheckedFetch).
  const checkedFetch = createCheckedFetch({
    send: (input, init) => fetch(input, init),
    allowedHosts,
    appOrigin: location.origin,
    baseUrl: location.href,
    refusals: watchPolicyRefusals(globalThis),
  });
  // Never a stale copy from the HTTP cache: the answer decides what is offered, and whether a model is saved.
  const fetchFresh = (url: string) => checkedFetch(url, { cache: "no-store" });
  // The search and the check (and the model-folder rules they apply) are fetched when first used, from the model
  // manager: nothing of them is needed for the first screen.
  return {
    search: async (words) =>
      (await import("./searchHuggingFace")).searchHuggingFace(words, {
        // Like every request to a model host, with no cookies and no referrer (see createCheckedFetch).
        fetch: fetchFresh,
        allowedHosts,
        appOrigin: location.origin,
        online: () => navigator.onLine,
      }),
    check: async (request) =>
      (await import("./checkCustomModel")).checkCustomModel(request, {
        fetch: fetchFresh,
        allowedHosts,
        appOrigin: location.origin,
        estimateStorage: () => navigator.storage?.estimate?.() ?? Promise.resolve({}),
      }),
    use: (models) => sources.setCustom(models.map((model) => model.source)),
  };
}
