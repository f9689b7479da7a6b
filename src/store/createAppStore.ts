import { createStore, type StoreApi } from "zustand";
import type { AppState } from "./appState";
import type { AppServices } from "./services";
import { createChatSlice } from "./slices/chat/chatSlice";
import { createConversationsSlice } from "./slices/conversations/conversationsSlice";
import { createEnvironmentSlice } from "./slices/environment/environmentSlice";
import { createInstructionsSlice } from "./slices/instructions/instructionsSlice";
import { createMessageActionsSlice } from "./slices/messages/messageActionsSlice";
import { createModelsSlice } from "./slices/models/modelsSlice";
import { createPreferencesSlice } from "./slices/preferences/preferencesSlice";
import { createSearchSlice } from "./slices/search/searchSlice";
import { createTransferSlice } from "./slices/transfer/transferSlice";
import { createModelStorageSlice } from "./slices/modelStorage/modelStorageSlice";
import { createTabsSlice } from "./slices/tabs/tabsSlice";
import { createVaultSlice } from "./slices/vault/vaultSlice";
import { createAppShellSlice, followAppShell } from "./slices/appShell/appShellSlice";
import { createPrivacySlice } from "./slices/privacy/privacySlice";
import { createCustomModelsSlice } from "./slices/customModels/customModelsSlice";
import { createModelImportSlice } from "./slices/modelImport/modelImportSlice";
import { createDocumentsSlice } from "./slices/documents/documentsSlice";
import { createUnreadableSlice } from "./slices/unreadable/unreadableSlice";

export type AppStore = StoreApi<AppState>;

/** Combines the slices around the given services. The engine's device-lost signal and the browser's app-shell events are wired here, once. */
export function createAppStore(services: AppServices): AppStore {
  const store = createStore<AppState>()((...args) => ({
    ...createEnvironmentSlice(services)(...args),
    ...createModelsSlice(services)(...args),
    ...createModelStorageSlice(services)(...args),
    ...createConversationsSlice(services)(...args),
    ...createChatSlice(services)(...args),
    ...createMessageActionsSlice(services)(...args),
    ...createInstructionsSlice(services)(...args),
    ...createTransferSlice(services)(...args),
    ...createSearchSlice(services)(...args),
    ...createPreferencesSlice(services)(...args),
    ...createVaultSlice(services)(...args),
    ...createTabsSlice(services)(...args),
    ...createAppShellSlice(services)(...args),
    ...createPrivacySlice(services)(...args),
    ...createCustomModelsSlice(services)(...args),
    ...createModelImportSlice(services)(...args),
    ...createDocumentsSlice(services)(...args),
    ...createUnreadableSlice(services)(...args),
  }));
  followAppShell(services.appShell, store);
  services.engine.onModelLost((error) => store.getState().markModelLost(error));
  return store;
}
