import type { GpuCapabilities } from "../domain/capabilities";
import type { DeviceStorage } from "../services/deviceStorage";
import type { EngineClient } from "../services/engine/EngineClient";
import type { ConversationStore, SettingsStore } from "../services/storage";

/** Everything the store's actions need from the outside world; tests pass fakes. */
export interface AppServices {
  engine: EngineClient;
  conversations: ConversationStore;
  settings: SettingsStore;
  deviceStorage: DeviceStorage;
  probeCapabilities(): Promise<GpuCapabilities>;
  now(): number;
  /** Defaults to requestAnimationFrame; tests pass a synchronous scheduler. */
  scheduleFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}
