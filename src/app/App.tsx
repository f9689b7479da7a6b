import { useAppStore } from "../store/useAppStore";
import { selectCapabilities, selectStorageError } from "../store/slices/environment/selectors";
import { ConversationSidebar } from "../features/conversations/ConversationSidebar";
import { KeyboardShortcuts } from "../features/actions/KeyboardShortcuts";
import { useAppliedTheme } from "../features/preferences/useAppliedTheme";
import { useAppliedLanguage } from "../features/preferences/useAppliedLanguage";
import { MainPanel } from "./MainPanel";
import { StorageErrorBanner } from "./StorageErrorBanner";
import { RepairNotices } from "./RepairNotices";
import { SafeStartNotice } from "./SafeStartNotice";

/** The shell: sidebar of conversations beside the main panel. No business logic here. */
export function App() {
  const capabilities = useAppStore(selectCapabilities);
  const storageError = useAppStore(selectStorageError);
  useAppliedTheme();
  useAppliedLanguage();
  return (
    <div className="app-shell">
      <ConversationSidebar />
      <main className="main-panel" aria-busy={capabilities === undefined}>
        {storageError && <StorageErrorBanner error={storageError} />}
        <SafeStartNotice />
        <RepairNotices />
        <MainPanel />
      </main>
      <KeyboardShortcuts />
    </div>
  );
}
