import { errorMessage } from "../../../lib/errorMessage";
import type { StateCreator } from "zustand";
import type { GpuCapabilities } from "../../../domain/capabilities";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

/** Why saving failed: the browser's storage is full, or another error (`detail`, for the curious). */
export type StorageSaveError = { code: "storage-full" } | { code: "save-failed"; detail: string };

export interface EnvironmentSlice {
  /** Undefined while the probe runs. */
  capabilities: GpuCapabilities | undefined;
  /** Set when saving to IndexedDB failed; the UI shows it until dismissed. */
  storageError: StorageSaveError | undefined;
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
        storageError: quota ? { code: "storage-full" } : { code: "save-failed", detail: errorMessage(error) },
      });
    },
    dismissStorageError() {
      set({ storageError: undefined });
    },
  });
