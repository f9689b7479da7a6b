import { createSearchWorkerCore, type SearchWorkerDependencies } from "../../workers/search/searchWorkerCore";
import { openConversationReader } from "../storage";
import { createSearchService, type SearchService } from "./SearchService";

/**
 * The search index in the page's own thread, for tests (jsdom has no workers): the same code as the worker's,
 * over the same storage, with messages delivered asynchronously as a worker's would be. Tests may watch the
 * index's reads by passing `openReader`.
 */
export function createLocalSearchService(
  databaseName: string,
  openReader: SearchWorkerDependencies["openReader"] = (name, onClosed) =>
    openConversationReader({ name, onClosed }),
): SearchService {
  return createSearchService(databaseName, (onEvent) => {
    const core = createSearchWorkerCore({
      openReader,
      emit: (event) => queueMicrotask(() => onEvent(event)),
      now: () => performance.now(),
    });
    return (request) => queueMicrotask(() => core.handle(request));
  });
}
