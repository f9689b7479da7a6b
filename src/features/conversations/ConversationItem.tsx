import { memo, useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Conversation } from "../../domain/conversation";
import { Icon } from "../../app/Icon";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";

interface Props {
  conversation: Conversation;
  /** Its place in the whole list (0-based), and the list's length: only some rows are in the DOM. */
  index: number;
  setSize: number;
  /** Where the row sits in the list, in pixels from its top. */
  offset: number;
  active: boolean;
  /** The one row whose buttons the Tab key reaches (the list is one tab stop; arrows move between rows). */
  tabStop: boolean;
  onDelete(conversation: Conversation, index: number): void;
}

/**
 * A conversation in the sidebar: open it, rename it in place, or ask to delete it. Memoised: while the list
 * scrolls, the rows that stay on screen are not rendered again, only the ones coming in are.
 */
export const ConversationItem = memo(function ConversationItem({
  conversation,
  index,
  setSize,
  offset,
  active,
  tabStop,
  onDelete,
}: Props) {
  const t = useT();
  const openConversation = useAppStore((state) => state.openConversation);
  const renameConversation = useAppStore((state) => state.renameConversation);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(conversation.title);
  const openButton = useRef<HTMLButtonElement>(null);
  /** Renaming from the keyboard ended: the focus goes back to the conversation, not to the page. */
  const refocus = useRef(false);
  const tabIndex = tabStop ? 0 : -1;

  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    openButton.current?.focus();
  }, [editing]);

  const startEditing = () => {
    setDraft(conversation.title);
    setEditing(true);
  };
  const save = () => {
    setEditing(false);
    void renameConversation(conversation.id, draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" && event.key !== "Escape") return;
    // Escape here cancels the rename; it is not the app's "stop the reply" shortcut.
    event.preventDefault();
    refocus.current = true;
    if (event.key === "Enter") save();
    else setEditing(false);
  };

  return (
    <li
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`conversation-item${active ? " active" : ""}`}
      style={{ transform: `translateY(${offset}px)` }}
    >
      {editing ? (
        <input
          className="conversation-title-input"
          aria-label={t.conversationItem.titleField}
          value={draft}
          maxLength={120}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={save}
        />
      ) : (
        <button
          ref={openButton}
          type="button"
          className="conversation-open"
          aria-current={active ? "page" : undefined}
          tabIndex={tabIndex}
          onClick={() => void openConversation(conversation.id)}
        >
          {conversation.title}
        </button>
      )}
      <span className="conversation-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={t.conversationItem.renameNamed(conversation.title)}
          title={t.conversationItem.rename}
          tabIndex={tabIndex}
          onClick={startEditing}
        >
          <Icon name="pencil" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t.conversationItem.deleteNamed(conversation.title)}
          title={t.conversationItem.delete}
          tabIndex={tabIndex}
          onClick={() => onDelete(conversation, index)}
        >
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
});
