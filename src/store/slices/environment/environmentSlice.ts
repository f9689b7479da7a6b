import type { StateCreator } from "zustand";
import type { GpuCapabilities } from "../../../domain/capabilities";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

export interface EnvironmentSlice {
  /** Undefined while the probe runs. */
  capabilities: GpuCapabilities | undefined;
  /** Set when saving to IndexedDB failed; the UI shows it until dismissed. */
  storageError: string | undefined;
  probeEnvironment(): Promise<void>;
  reportStorageError(error: unknown): void;
  dismissStorageError(): void;
}

export const createEnvironmentSlice =
  (services: AppServices): StateCreator<AppState, [], [], EnvironmentSlice> =>
  (set) => ({
    capabilities: undefined,
    storageError: undefined,
    async probeEnvironment() {
      set({ capabilities: await services.probeCapabilities() });
    },
    reportStorageError(error) {
      const quota = error instanceof DOMException && error.name === "QuotaExceededError";
      set({
        storageError: quota
          ? "Your browser's storage is full, so the latest changes could not be saved. Free up space by deleting models or conversations."
          : `Could not save to this browser's storage: ${error instanceof Error ? error.message : String(error)}`,
      });
    },
    dismissStorageError() {
      set({ storageError: undefined });
    },
  });
