import { createStore, type StoreApi } from "zustand";
import type { AppState } from "./appState";
import type { AppServices } from "./services";
import { createChatSlice } from "./slices/chat/chatSlice";
import { createContinueReplySlice } from "./slices/chat/continueReplySlice";
import { createConversationsSlice } from "./slices/conversations/conversationsSlice";
import { createEnvironmentSlice } from "./slices/environment/environmentSlice";
import { createModelsSlice } from "./slices/models/modelsSlice";
import { createTabsSlice } from "./slices/tabs/tabsSlice";
import { createVaultSlice } from "./slices/vault/vaultSlice";

export type AppStore = StoreApi<AppState>;

/** Combines the slices around the given services. The engine's device-lost signal is wired here, once. */
export function createAppStore(services: AppServices): AppStore {
  const store = createStore<AppState>()((...args) => ({
    ...createEnvironmentSlice(services)(...args),
    ...createModelsSlice(services)(...args),
    ...createConversationsSlice(services)(...args),
    ...createChatSlice(services)(...args),
    ...createContinueReplySlice(services)(...args),
    ...createVaultSlice(services)(...args),
    ...createTabsSlice(services)(...args),
  }));
  services.engine.onDeviceLost((error) => store.getState().markDeviceLost(error));
  return store;
}
