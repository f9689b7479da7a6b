import type { ChatSlice } from "./slices/chat/chatSlice";
import type { ContinueReplySlice } from "./slices/chat/continueReplySlice";
import type { ConversationsSlice } from "./slices/conversations/conversationsSlice";
import type { EnvironmentSlice } from "./slices/environment/environmentSlice";
import type { ModelsSlice } from "./slices/models/modelsSlice";
import type { TabsSlice } from "./slices/tabs/tabsSlice";
import type { VaultSlice } from "./slices/vault/vaultSlice";

/** The whole app state: one store combined from typed slices. */
export type AppState = EnvironmentSlice &
  ModelsSlice &
  ConversationsSlice &
  ChatSlice &
  ContinueReplySlice &
  VaultSlice &
  TabsSlice;
