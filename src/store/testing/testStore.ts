import type { GpuAdapterSummary, GpuCapabilities } from "../../domain/capabilities";
import { openStorage, type SigiloStorage } from "../../services/storage";
import { createAppStore, type AppStore } from "../createAppStore";
import { FakeEngine } from "./fakeEngine";

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
): Promise<{ store: AppStore; engine: FakeEngine; storage: SigiloStorage; clock: { now: number } }> {
  const storage = await openStorage({ name: databaseName, vaultIterations: 1_000 });
  const engine = new FakeEngine();
  const clock = { now: 1_000 };
  const store = createAppStore({
    engine,
    conversations: storage.conversations,
    settings: storage.settings,
    deviceStorage: {
      estimate: async () => ({ usage: 1_000, quota: 10_000_000 }),
      persisted: async () => false,
      persist: async () => true,
    },
    vault: storage.vault,
    probeCapabilities: async () => capabilities,
    now: () => clock.now,
    scheduleFrame: (callback) => {
      queueMicrotask(callback);
      return 0;
    },
    cancelFrame: () => {},
  });
  return { store, engine, storage, clock };
}

/** Lets queued promise callbacks and IndexedDB requests settle. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}
