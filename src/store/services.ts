import type { GpuCapabilities } from "../domain/capabilities";
import type { EngineClient } from "../services/engine/EngineClient";
import type { ConversationStore, SettingsStore } from "../services/storage";
import type { AppShell } from "../services/pwa/AppShell";
import type { PrivacyService } from "../services/privacy/PrivacyService";

/** Everything the store's actions need from the outside world; tests pass fakes. */
export interface AppServices {
  engine: EngineClient;
  conversations: ConversationStore;
  settings: SettingsStore;
  probeCapabilities(): Promise<GpuCapabilities>;
  /** Connectivity, installation and updates of the installed app. */
  appShell: AppShell;
  privacy: PrivacyService;
  now(): number;
  /** Defaults to requestAnimationFrame; tests pass a synchronous scheduler. */
  scheduleFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}
