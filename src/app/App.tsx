import { lazy, Suspense } from "react";
import { useAppStore } from "../store/useAppStore";
import { selectCapabilities, selectStorageError } from "../store/slices/environment/selectors";
import { ConversationSidebar } from "../features/conversations/ConversationSidebar";
import { KeyboardShortcuts } from "../features/actions/KeyboardShortcuts";
import { useAppliedTheme } from "../features/preferences/useAppliedTheme";
import { useAppliedLanguage } from "../features/preferences/useAppliedLanguage";
import { MainPanel } from "./MainPanel";
import { StorageErrorBanner } from "./StorageErrorBanner";
import { TopBar } from "./TopBar";
import { ModelManagerHost } from "./ModelManagerHost";
import { useDrawer } from "./useDrawer";
import { selectRepairNotices, selectSafeStart } from "../store/slices/conversations/selectors";
import { selectShowUnreadableNotice } from "../store/slices/unreadable/selectors";

// Rarely shown: loaded when needed, to keep the first load small.
const SafeStartNotice = lazy(() => import("./SafeStartNotice"));
const RepairNotices = lazy(() => import("./RepairNotices"));
const UnreadableRecordsNotice = lazy(() => import("../features/appShell/UnreadableRecordsNotice"));

/**
 * The shell: sidebar of conversations beside the main panel; on phones and small tablets the sidebar is a
 * drawer over it. No business logic here.
 */
export function App() {
  const capabilities = useAppStore(selectCapabilities);
  const storageError = useAppStore(selectStorageError);
  const safeStart = useAppStore(selectSafeStart);
  const repaired = useAppStore((state) => selectRepairNotices(state).length > 0);
  const unreadable = useAppStore(selectShowUnreadableNotice);
  const drawer = useDrawer();
  useAppliedTheme();
  useAppliedLanguage();
  return (
    <div className="app-shell">
      <ConversationSidebar drawer={drawer} />
      {drawer.showing && <div className="drawer-backdrop" aria-hidden="true" onClick={drawer.closeDrawer} />}
      <main className="main-panel" aria-busy={capabilities === undefined} inert={drawer.showing}>
        <TopBar drawer={drawer} />
        {storageError && <StorageErrorBanner error={storageError} />}
        {safeStart && (
          <Suspense fallback={null}>
            <SafeStartNotice />
          </Suspense>
        )}
        {unreadable && (
          <Suspense fallback={null}>
            <UnreadableRecordsNotice />
          </Suspense>
        )}
        {repaired && (
          <Suspense fallback={null}>
            <RepairNotices />
          </Suspense>
        )}
        <MainPanel />
      </main>
      <KeyboardShortcuts />
      <ModelManagerHost />
    </div>
  );
}
