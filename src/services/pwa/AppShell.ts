/** The browser around the app: connectivity, installation and updates of the installed app. */
export interface AppShell {
  isOnline(): boolean;
  /** Returns an unsubscribe function, as the other `on…` methods do. */
  onOnlineChange(listener: (online: boolean) => void): () => void;
  /** The browser offers to install the app (true), or no longer does (installed, or the offer was used). */
  onInstallOfferChange(listener: (offered: boolean) => void): () => void;
  /** Shows the browser's install dialog; resolves with the user's answer. */
  promptInstall(): Promise<"accepted" | "dismissed" | "unavailable">;
  /** A new version is installed and waits for the user to switch to it. */
  onUpdateReady(listener: () => void): () => void;
  /**
   * The web-llm runtime the waiting version's model libraries are for ("v0_2_87"); undefined when no
   * version waits or it does not say (a version from before it was asked).
   */
  waitingLibraryVersion(): Promise<string | undefined>;
  /** Switches to the waiting version and reloads the page. */
  applyUpdate(): Promise<void>;
}
