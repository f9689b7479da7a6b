import type { AppState } from "../../appState";

export const selectUnreadableRecords = (state: AppState) => state.unreadableRecords;

/** Whether to tell the user about records that could not be read. */
export const selectShowUnreadableNotice = (state: AppState) =>
  !state.unreadableNoticeDismissed && Object.values(state.unreadableRecords).some((count) => count > 0);
