import type { AppShell } from "../../services/pwa/AppShell";

/** An AppShell for store tests: the test plays the browser (goes offline, offers installation, ships an update). */
export class FakeAppShell implements AppShell {
  online = true;
  installAnswer: "accepted" | "dismissed" = "accepted";
  installPrompts = 0;
  updatesApplied = 0;
  private onlineListeners = new Set<(online: boolean) => void>();
  private offerListeners = new Set<(offered: boolean) => void>();
  private updateListeners = new Set<() => void>();

  isOnline = () => this.online;
  onOnlineChange(listener: (online: boolean) => void) {
    this.onlineListeners.add(listener);
    return () => this.onlineListeners.delete(listener);
  }
  onInstallOfferChange(listener: (offered: boolean) => void) {
    this.offerListeners.add(listener);
    return () => this.offerListeners.delete(listener);
  }
  async promptInstall() {
    this.installPrompts++;
    return this.installAnswer;
  }
  onUpdateReady(listener: () => void) {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }
  /** The runtime the shipped update's libraries are for; undefined: it does not say. */
  nextLibraryVersion: string | undefined;
  /** Set to make asking the waiting service worker for its version fail. */
  versionLookupFailure: Error | undefined;
  async waitingLibraryVersion() {
    if (this.versionLookupFailure) throw this.versionLookupFailure;
    return this.nextLibraryVersion;
  }
  async applyUpdate() {
    this.updatesApplied++;
  }

  setOnline(online: boolean) {
    this.online = online;
    this.onlineListeners.forEach((listener) => listener(online));
  }
  offerInstall(offered = true) {
    this.offerListeners.forEach((listener) => listener(offered));
  }
  shipUpdate() {
    this.updateListeners.forEach((listener) => listener());
  }
}
