import type { StateCreator } from "zustand";
import { noUnreadable, type UnreadableCounts } from "../../../services/storage";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

export interface UnreadableSlice {
  /** How many stored records of each kind could not be read (left out of lists, left untouched on disk). */
  unreadableRecords: UnreadableCounts;
  /** The user closed the note; a record not counted before brings it back. */
  unreadableNoticeDismissed: boolean;
  dismissUnreadableNotice(): void;
}

export const createUnreadableSlice =
  (services: AppServices): StateCreator<AppState, [], [], UnreadableSlice> =>
  (set) => {
    const tracked = services.unreadableRecords;
    tracked?.subscribe((counts) => set({ unreadableRecords: counts, unreadableNoticeDismissed: false }));
    return {
      unreadableRecords: tracked?.counts() ?? noUnreadable(),
      unreadableNoticeDismissed: false,
      dismissUnreadableNotice: () => set({ unreadableNoticeDismissed: true }),
    };
  };
