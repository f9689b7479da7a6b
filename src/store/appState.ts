import type { ChatSlice } from "./slices/chat/chatSlice";
import type { ConversationsSlice } from "./slices/conversations/conversationsSlice";
import type { EnvironmentSlice } from "./slices/environment/environmentSlice";
import type { ModelsSlice } from "./slices/models/modelsSlice";
import type { AppShellSlice } from "./slices/appShell/appShellSlice";
import type { PrivacySlice } from "./slices/privacy/privacySlice";

/** The whole app state: one store combined from typed slices. */
export type AppState = EnvironmentSlice &
  ModelsSlice &
  ConversationsSlice &
  ChatSlice &
  AppShellSlice &
  PrivacySlice;
