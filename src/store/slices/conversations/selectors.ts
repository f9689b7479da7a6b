import type { Message } from "../../../domain/conversation";
import type { AppState } from "../../appState";

const NO_MESSAGES: readonly Message[] = [];

export const selectConversations = (state: AppState) => state.conversations;
export const selectConversationsLoaded = (state: AppState) => state.conversationsLoaded;
export const selectConversationListComplete = (state: AppState) => state.conversationListComplete;
export const selectActiveConversationId = (state: AppState) => state.activeConversationId;
export const selectActiveConversation = (state: AppState) =>
  state.conversations.find((c) => c.id === state.activeConversationId);
export const selectActiveMessages = (state: AppState): readonly Message[] =>
  (state.activeConversationId && state.messagesByConversation[state.activeConversationId]) || NO_MESSAGES;
export const selectInterruptedAtStartup = (state: AppState) => state.interruptedAtStartup;
export const selectRepairNotices = (state: AppState) => state.repairNotices;
export const selectSafeStart = (state: AppState) => state.safeStart;
