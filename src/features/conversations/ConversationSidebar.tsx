import { useState } from "react";
import type { Conversation } from "../../domain/conversation";
import { useAppStore } from "../../store/useAppStore";
import {
  selectActiveConversationId,
  selectConversations,
  selectConversationsLoaded,
} from "../../store/slices/conversations/selectors";
import { ConversationList } from "./ConversationList";
import { DeleteConversationDialog } from "./DeleteConversationDialog";
import { ExportConversationsButton } from "./ExportConversationsButton";
import { ActionButton } from "../actions/ActionButton";
import { newChatAction } from "../actions/actions";
import { SidebarTools } from "../preferences/SidebarTools";
import { ConversationSearch } from "../search/ConversationSearch";
import { ManageModelsButton } from "../models/ManageModelsButton";
import { SecurityControls } from "../vault/SecurityControls";
import { PrivacyButton } from "../privacy/PrivacyButton";
import { InstallButton } from "../appShell/InstallButton";
import { ConnectionStatus } from "../appShell/ConnectionStatus";
import { UpdatePrompt } from "../appShell/UpdatePrompt";
import { useT } from "../../i18n/useT";

/** Conversations, newest first, with New chat, search, rename, delete, export and import. */
export function ConversationSidebar() {
  const t = useT();
  const conversations = useAppStore(selectConversations);
  const loaded = useAppStore(selectConversationsLoaded);
  const activeId = useAppStore(selectActiveConversationId);
  const [toDelete, setToDelete] = useState<{ conversation: Conversation; index: number }>();
  const [focusRequest, setFocusRequest] = useState<{ index: number; key: number }>();

  return (
    <aside className="sidebar">
      <div className="sidebar-header">
        <span className="brand">Sigilo</span>
        <ActionButton action={newChatAction} className="button primary" />
      </div>
      <ConversationSearch />
      <nav aria-label={t.sidebar.conversations} className="conversation-nav">
        {loaded && conversations.length === 0 && <p className="hint">{t.sidebar.empty}</p>}
        <ConversationList
          conversations={conversations}
          activeId={activeId}
          onDelete={(conversation, index) => setToDelete({ conversation, index })}
          focusRequest={focusRequest}
        />
      </nav>
      <div className="sidebar-footer">
        <UpdatePrompt />
        <ExportConversationsButton />
        <SidebarTools />
        <ManageModelsButton />
        <SecurityControls />
        <div className="sidebar-footer-actions">
          <PrivacyButton />
          <InstallButton />
        </div>
        <p className="privacy-note">{t.sidebar.storedOnly}</p>
        <ConnectionStatus />
      </div>
      {toDelete && (
        <DeleteConversationDialog
          conversation={toDelete.conversation}
          onClose={() => {
            setToDelete(undefined);
            // Back to the row (after a deletion its place holds the next conversation), not to the page.
            setFocusRequest((previous) => ({ index: toDelete.index, key: (previous?.key ?? 0) + 1 }));
          }}
        />
      )}
    </aside>
  );
}
