import type { ReactNode } from "react";
import type { AppStore } from "./createAppStore";
import { AppStoreContext } from "./useAppStore";

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}
