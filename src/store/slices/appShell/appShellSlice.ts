import type { StateCreator, StoreApi } from "zustand";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import type { AppShell } from "../../../services/pwa/AppShell";
import { prepareUpdate, removeOldLibraries, type UpdateLibraries } from "./updateLibraries";

export interface AppShellSlice {
  online: boolean;
  /** The browser offers to install Sigilo as an app. */
  installOffered: boolean;
  /** A new version is installed and waits: the user chooses when to reload into it. */
  updateReady: boolean;
  /** The model libraries the waiting version needs; undefined until a version waits. */
  updateLibraries: UpdateLibraries | undefined;
  installApp(): Promise<void>;
  /** Fetches what the waiting version needs (again, after going offline or a failure). */
  prepareUpdate(): Promise<void>;
  applyUpdate(): Promise<void>;
  /** Deletes the libraries an update left that no known model needs. */
  removeOldLibraries(): Promise<void>;
}

export const createAppShellSlice =
  (services: AppServices): StateCreator<AppState, [], [], AppShellSlice> =>
  (set, get) => ({
    online: services.appShell.isOnline(),
    installOffered: false,
    updateReady: false,
    updateLibraries: undefined,
    async installApp() {
      set({ installOffered: false });
      await services.appShell.promptInstall();
    },
    prepareUpdate: () => prepareUpdate(services, get, set),
    async applyUpdate() {
      // Never into a version whose libraries are not stored: its models would not load offline.
      if (get().updateLibraries?.status !== "ready") return;
      await services.appShell.applyUpdate();
    },
    removeOldLibraries: () => removeOldLibraries(services, get),
  });

/**
 * Keeps the slice in step with the browser's events; called once, where the store is created. Old
 * libraries are looked for once per start, when the stored models are first listed (the engine worker is
 * running by then) and the user's own models are known.
 */
export function followAppShell(appShell: AppShell, store: StoreApi<AppState>): void {
  const { setState: set, getState: get } = store;
  appShell.onOnlineChange((online) => {
    set({ online });
    const libraries = get().updateLibraries;
    if (online && libraries?.status === "waiting" && libraries.reason === "offline")
      void get().prepareUpdate();
  });
  appShell.onInstallOfferChange((installOffered) => set({ installOffered }));
  appShell.onUpdateReady(() => {
    set({ updateReady: true });
    void get().prepareUpdate();
  });
  const unsubscribe = store.subscribe((state) => {
    if (state.storedModels === undefined || !state.customModelsRestored) return;
    unsubscribe();
    // Nothing is lost if this fails: the next start looks again.
    state.removeOldLibraries().catch(() => {});
  });
}
