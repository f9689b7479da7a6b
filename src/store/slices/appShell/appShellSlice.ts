import type { StateCreator } from "zustand";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import type { AppShell } from "../../../services/pwa/AppShell";

export interface AppShellSlice {
  online: boolean;
  /** The browser offers to install Sigilo as an app. */
  installOffered: boolean;
  /** A new version is installed and waits: the user chooses when to reload into it. */
  updateReady: boolean;
  installApp(): Promise<void>;
  applyUpdate(): Promise<void>;
}

export const createAppShellSlice =
  (services: AppServices): StateCreator<AppState, [], [], AppShellSlice> =>
  (set) => ({
    online: services.appShell.isOnline(),
    installOffered: false,
    updateReady: false,
    async installApp() {
      set({ installOffered: false });
      await services.appShell.promptInstall();
    },
    async applyUpdate() {
      await services.appShell.applyUpdate();
    },
  });

/** Keeps the slice in step with the browser's events; called once, where the store is created. */
export function followAppShell(
  appShell: AppShell,
  set: (partial: Partial<Pick<AppShellSlice, "online" | "installOffered" | "updateReady">>) => void,
): void {
  appShell.onOnlineChange((online) => set({ online }));
  appShell.onInstallOfferChange((installOffered) => set({ installOffered }));
  appShell.onUpdateReady(() => set({ updateReady: true }));
}
