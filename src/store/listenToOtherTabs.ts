import type { TabChannel } from "../services/tabs/tabChannel";
import type { AppStore } from "./createAppStore";

/** Follows what other Sigilo tabs announce: conversation changes are re-read, lock changes are followed. */
export function listenToOtherTabs(store: AppStore, channel: TabChannel): () => void {
  return channel.subscribe((event) => {
    const state = store.getState();
    if (event.type === "vault-changed") void state.refreshVault();
    else void state.syncFromOtherTab(event.conversationId).catch(state.reportStorageError);
  });
}
