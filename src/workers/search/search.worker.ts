/**
 * The search worker: holds the index of every conversation's text, so a long history is read, folded and
 * scanned off the page's thread. It reads IndexedDB itself; the page sends what changed and the queries.
 */
import { openConversationReader } from "../../services/storage";
import type { SearchEvent, SearchRequest } from "../../services/search/protocol";
import { createSearchWorkerCore } from "./searchWorkerCore";

const core = createSearchWorkerCore({
  openReader: (name, onClosed) => openConversationReader({ name, onClosed }),
  emit: (event: SearchEvent) => self.postMessage(event),
  now: () => performance.now(),
});
self.addEventListener("message", (event: MessageEvent<SearchRequest>) => core.handle(event.data));
