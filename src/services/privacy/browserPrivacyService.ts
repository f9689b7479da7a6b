import type { EngineClient } from "../engine/EngineClient";
import { eraseAllDatabases, networkLog } from "../storage";
import { isAppShellCache } from "./cacheNames";
import type { PrivacyService } from "./PrivacyService";

/**
 * The Privacy panel over the real browser. Erasing keeps only the service worker's precache of the
 * app's own files (no user data in it), so the app still opens offline afterwards.
 */
export function createBrowserPrivacyService(deps: {
  engine: EngineClient;
  closeStorage(): void;
}): PrivacyService {
  return {
    listNetworkRequests: () => networkLog.list(),
    clearNetworkRequests: () => networkLog.clear(),
    async eraseEverything() {
      // Open connections would hold the deletions back: the engine worker's (web-llm's caches) and ours.
      deps.engine.shutDown();
      deps.closeStorage();
      const databases = await eraseAllDatabases();
      const cacheNames = "caches" in globalThis ? await caches.keys() : [];
      const erasable = cacheNames.filter((name) => !isAppShellCache(name));
      await Promise.all(erasable.map((name) => caches.delete(name)));
      localStorage.clear();
      sessionStorage.clear();
      return { databases, caches: erasable };
    },
  };
}
