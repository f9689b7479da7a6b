import type { ChatSlice } from "./slices/chat/chatSlice";
import type { ConversationsSlice } from "./slices/conversations/conversationsSlice";
import type { EnvironmentSlice } from "./slices/environment/environmentSlice";
import type { InstructionsSlice } from "./slices/instructions/instructionsSlice";
import type { MessageActionsSlice } from "./slices/messages/messageActionsSlice";
import type { ModelsSlice } from "./slices/models/modelsSlice";
import type { ModelStorageSlice } from "./slices/modelStorage/modelStorageSlice";
import type { PreferencesSlice } from "./slices/preferences/preferencesSlice";
import type { SearchSlice } from "./slices/search/searchSlice";
import type { TransferSlice } from "./slices/transfer/transferSlice";
import type { TabsSlice } from "./slices/tabs/tabsSlice";
import type { VaultSlice } from "./slices/vault/vaultSlice";
import type { AppShellSlice } from "./slices/appShell/appShellSlice";
import type { PrivacySlice } from "./slices/privacy/privacySlice";
import type { CustomModelsSlice } from "./slices/customModels/customModelsSlice";
import type { ModelImportSlice } from "./slices/modelImport/modelImportSlice";
import type { DocumentsSlice } from "./slices/documents/documentsSlice";
import type { UnreadableSlice } from "./slices/unreadable/unreadableSlice";

/** The whole app state: one store combined from typed slices. */
export type AppState = EnvironmentSlice &
  ModelsSlice &
  ModelStorageSlice &
  ConversationsSlice &
  ChatSlice &
  MessageActionsSlice &
  InstructionsSlice &
  TransferSlice &
  SearchSlice &
  PreferencesSlice &
  VaultSlice &
  TabsSlice &
  AppShellSlice &
  PrivacySlice &
  CustomModelsSlice &
  ModelImportSlice &
  DocumentsSlice &
  UnreadableSlice;
