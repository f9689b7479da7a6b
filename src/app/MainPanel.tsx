import { useAppStore } from "../store/useAppStore";
import { selectCapabilities } from "../store/slices/environment/selectors";
import { selectModelLoad, selectModelPickerOpen } from "../store/slices/models/selectors";
import {
  selectActiveConversationId,
  selectConversations,
  selectConversationsLoaded,
} from "../store/slices/conversations/selectors";
import { ChatView } from "../features/chat/ChatView";
import { NoWebGpuNotice } from "../features/environment/NoWebGpuNotice";
import { Welcome } from "../features/environment/Welcome";
import { ModelPicker } from "../features/models/ModelPicker";
import { ModelLoadPanel } from "../features/models/ModelLoadPanel";
import { BackgroundImportStatus } from "../features/models/BackgroundImportStatus";
import { ModelStatusBar } from "../features/models/ModelStatusBar";
import { EngineBusyNotice } from "../features/tabs/EngineBusyNotice";
import { selectEngineInOtherTab } from "../store/slices/tabs/selectors";
import { useT } from "../i18n/useT";

/**
 * Decides what the main area shows: the browser check while probing, the no-WebGPU notice
 * (saved chats stay readable), the first-run welcome and model picker, the download
 * progress, or the chat.
 */
export function MainPanel() {
  const t = useT();
  const capabilities = useAppStore(selectCapabilities);
  const modelLoad = useAppStore(selectModelLoad);
  const pickerOpen = useAppStore(selectModelPickerOpen);
  const conversationsLoaded = useAppStore(selectConversationsLoaded);
  const hasConversations = useAppStore((state) => selectConversations(state).length > 0);
  const activeConversationId = useAppStore(selectActiveConversationId);
  const engineInOtherTab = useAppStore(selectEngineInOtherTab);

  if (capabilities === undefined) {
    return (
      <p className="checking" role="status">
        {t.mainPanel.checking}
      </p>
    );
  }
  if (!capabilities.webgpu) {
    return (
      <>
        <NoWebGpuNotice capabilities={capabilities} />
        {hasConversations && <ChatView readOnly />}
      </>
    );
  }

  if (engineInOtherTab) {
    return (
      <>
        <EngineBusyNotice />
        {hasConversations && <ChatView readOnly />}
      </>
    );
  }

  const firstRun = conversationsLoaded && !hasConversations;
  // Without a model, a new chat shows the picker; an open conversation stays readable.
  const showPicker =
    modelLoad.status !== "loading" && (pickerOpen || (modelLoad.status === "idle" && !activeConversationId));
  return (
    <>
      <ModelStatusBar />
      {(modelLoad.status === "loading" || modelLoad.status === "failed") && <ModelLoadPanel />}
      <BackgroundImportStatus />
      {showPicker ? (
        <>
          {firstRun && <Welcome adapter={capabilities.adapter} />}
          <ModelPicker adapter={capabilities.adapter} />
        </>
      ) : (
        <ChatView readOnly={false} />
      )}
    </>
  );
}
