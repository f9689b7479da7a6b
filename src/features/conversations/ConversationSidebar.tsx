import { useCallback, useState } from "react";
import { BrandMark } from "../../app/BrandMark";
import type { Conversation } from "../../domain/conversation";
import { useAppStore } from "../../store/useAppStore";
import {
  selectActiveConversationId,
  selectConversations,
  selectConversationsLoaded,
} from "../../store/slices/conversations/selectors";
import { ConversationList } from "./ConversationList";
import { DeleteConversationDialog } from "./DeleteConversationDialog";
import { ActionButton } from "../actions/ActionButton";
import { newChatAction } from "../actions/actions";
import { ConversationSearch } from "../search/ConversationSearch";
import { SettingsButton } from "../preferences/settings/SettingsButton";
import { InstallButton } from "../appShell/InstallButton";
import { ConnectionStatus } from "../appShell/ConnectionStatus";
import { UpdatePrompt } from "../appShell/UpdatePrompt";
import { useT } from "../../i18n/useT";
import type { Drawer } from "../../app/useDrawer";

/**
 * Conversations, newest first, with New chat, search, rename and delete, and the way into Settings. On narrow
 * windows it is the drawer `drawer` opens and closes.
 */
export function ConversationSidebar({ drawer }: { drawer: Drawer }) {
  const t = useT();
  const conversations = useAppStore(selectConversations);
  const loaded = useAppStore(selectConversationsLoaded);
  const activeId = useAppStore(selectActiveConversationId);
  const [toDelete, setToDelete] = useState<{ conversation: Conversation; index: number }>();
  const { attachPanel, open, closeDrawer, swipe } = drawer;
  const [focusRequest, setFocusRequest] = useState<{ index: number; key: number }>();
  // Stable, so the list's rows are not rendered again each time the sidebar is.
  const askToDelete = useCallback(
    (conversation: Conversation, index: number) => setToDelete({ conversation, index }),
    [],
  );

  return (
    <aside id="sidebar" ref={attachPanel} className={open ? "sidebar open" : "sidebar"} {...swipe}>
      <div className="sidebar-header">
        <span className="brand">
          <BrandMark />
          Sigilo
        </span>
        {/* New chat shows the chat behind the drawer. */}
        <span onClickCapture={closeDrawer}>
          <ActionButton action={newChatAction} className="button primary" />
        </span>
        <button type="button" className="icon-button drawer-close" onClick={closeDrawer}>
          <span aria-hidden="true">✕</span>
          <span className="sr-only">{t.drawer.close}</span>
        </button>
      </div>
      <ConversationSearch />
      <nav aria-label={t.sidebar.conversations} className="conversation-nav">
        {loaded && conversations.length === 0 && <p className="hint">{t.sidebar.empty}</p>}
        <ConversationList
          conversations={conversations}
          activeId={activeId}
          onDelete={askToDelete}
          focusRequest={focusRequest}
        />
      </nav>
      <div className="sidebar-footer">
        <UpdatePrompt />
        <div className="sidebar-footer-actions">
          <SettingsButton />
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
