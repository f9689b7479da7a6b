import { createSearchService, type SearchService } from "./SearchService";
import type { SearchEvent, SearchRequest } from "./protocol";

/** The app's search: the index in its own worker, started the first time search is wanted. */
export function createWorkerSearchService(databaseName: string): SearchService {
  return createSearchService(databaseName, (onEvent) => {
    const worker = new Worker(new URL("../../workers/search/search.worker.ts", import.meta.url), {
      type: "module",
    });
    worker.addEventListener("message", (event: MessageEvent<SearchEvent>) => onEvent(event.data));
    return (request: SearchRequest) => worker.postMessage(request);
  });
}
