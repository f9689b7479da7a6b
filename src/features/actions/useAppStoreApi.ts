import { useContext } from "react";
import { AppStoreContext } from "../../store/useAppStore";
import type { AppStore } from "../../store/createAppStore";

/** The store itself, for actions that read state at the moment they run rather than subscribing to it. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error("useAppStoreApi must be used inside <AppStoreProvider>.");
  return store;
}
