import { createStore, type StoreApi } from "zustand";
import type { AppState } from "./appState";
import type { AppServices } from "./services";
import { createChatSlice } from "./slices/chat/chatSlice";
import { createConversationsSlice } from "./slices/conversations/conversationsSlice";
import { createEnvironmentSlice } from "./slices/environment/environmentSlice";
import { createModelsSlice } from "./slices/models/modelsSlice";
import { createAppShellSlice, followAppShell } from "./slices/appShell/appShellSlice";
import { createPrivacySlice } from "./slices/privacy/privacySlice";

export type AppStore = StoreApi<AppState>;

/** Combines the slices around the given services. The engine's device-lost signal and the browser's app-shell events are wired here, once. */
export function createAppStore(services: AppServices): AppStore {
  const store = createStore<AppState>()((...args) => ({
    ...createEnvironmentSlice(services)(...args),
    ...createModelsSlice(services)(...args),
    ...createConversationsSlice(services)(...args),
    ...createChatSlice(services)(...args),
    ...createAppShellSlice(services)(...args),
    ...createPrivacySlice(services)(...args),
  }));
  followAppShell(services.appShell, store.setState);
  services.engine.onDeviceLost((error) => store.getState().markDeviceLost(error));
  return store;
}
