import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { AppState } from "./appState";
import type { AppStore } from "./createAppStore";

export const AppStoreContext = createContext<AppStore | null>(null);

/** Components read state only through selectors, so each re-renders only when its slice of state changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error("useAppStore must be used inside <AppStoreProvider>.");
  return useStore(store, selector);
}
