import type { ChatSlice } from "./slices/chat/chatSlice";
import type { ConversationsSlice } from "./slices/conversations/conversationsSlice";
import type { EnvironmentSlice } from "./slices/environment/environmentSlice";
import type { InstructionsSlice } from "./slices/instructions/instructionsSlice";
import type { MessageActionsSlice } from "./slices/messages/messageActionsSlice";
import type { ModelsSlice } from "./slices/models/modelsSlice";

/** The whole app state: one store combined from typed slices. */
export type AppState = EnvironmentSlice &
  ModelsSlice &
  ConversationsSlice &
  ChatSlice &
  MessageActionsSlice &
  InstructionsSlice;
