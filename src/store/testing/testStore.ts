import type { GpuAdapterSummary, GpuCapabilities } from "../../domain/capabilities";
import { openStorage, type SigiloStorage } from "../../services/storage";
import { createAppStore, type AppStore } from "../createAppStore";
import type { AppServices } from "../services";
import { createLocalSearchService } from "../../services/search/localSearchService";
import { FakeEngine } from "./fakeEngine";
import { FakeDocumentReader } from "./fakeDocumentReader";
import { documentPromptWording } from "../../features/documents/documentSources";
import { en } from "../../i18n/messages/en";
import { FakeAppShell } from "./fakeAppShell";
import { FakePrivacy } from "./fakePrivacy";
import type { SearchService } from "../../services/search/SearchService";
import { readConversationBlob } from "../../services/transfer/readConversationBlob";
import { trackPending } from "./pendingWork";

export { settle } from "./pendingWork";

export const TEST_ADAPTER: GpuAdapterSummary = {
  vendor: "test",
  architecture: "test",
  description: "Test GPU",
  isFallbackAdapter: false,
  shaderF16: true,
  maxBufferSize: 2 ** 31,
  maxStorageBufferBindingSize: 2 ** 31,
};

let databaseCounter = 0;

/** A store over a fresh fake-indexeddb database, a FakeEngine, a manual clock and synchronous frames. */
export async function createTestStore(
  capabilities: GpuCapabilities = { webgpu: true, adapter: TEST_ADAPTER },
  databaseName = `sigilo-store-test-${++databaseCounter}`,
  /** Services a test swaps in (an engine lease for the tab tests, say). */
  overrides: Partial<AppServices> = {},
): Promise<{
  store: AppStore;
  engine: FakeEngine;
  storage: SigiloStorage;
  clock: { now: number };
  appShell: FakeAppShell;
  privacy: FakePrivacy;
  search: SearchService;
}> {
  const storage = await openStorage({ name: databaseName, vaultIterations: 1_000 });
  const engine = new FakeEngine();
  const clock = { now: 1_000 };
  const appShell = new FakeAppShell();
  const privacy = new FakePrivacy();
  const search = overrides.search ?? createLocalSearchService(databaseName);
  const store = createAppStore({
    engine,
    conversations: trackPending(storage.conversations),
    settings: trackPending(storage.settings),
    documents: trackPending(storage.documents),
    documentReader: new FakeDocumentReader(),
    documentWording: () => documentPromptWording(en),
    deviceStorage: {
      estimate: async () => ({ usage: 1_000, quota: 10_000_000 }),
      persisted: async () => false,
      persist: async () => true,
    },
    vault: trackPending(storage.vault),
    unreadableRecords: storage.unreadable,
    probeCapabilities: async () => capabilities,
    appShell,
    privacy,
    customModels: {
      search: async () => ({ ok: false, problem: { code: "offline" } }),
      check: async () => ({ ok: false, problem: { code: "name-missing" } }),
      use: () => {},
    },
    search: trackPending(search),
    now: () => clock.now,
    readConversationFile: readConversationBlob,
    scheduleFrame: (callback) => {
      queueMicrotask(callback);
      return 0;
    },
    cancelFrame: () => {},
    ...overrides,
  });
  return { store, engine, storage, clock, appShell, privacy, search };
}
