import { useState, type KeyboardEvent } from "react";
import type { Conversation } from "../../domain/conversation";
import { Icon } from "../../app/Icon";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";

interface Props {
  conversation: Conversation;
  active: boolean;
  onDelete(): void;
}

/** A conversation in the sidebar: open it, rename it in place, or ask to delete it. */
export function ConversationItem({ conversation, active, onDelete }: Props) {
  const t = useT();
  const openConversation = useAppStore((state) => state.openConversation);
  const renameConversation = useAppStore((state) => state.renameConversation);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(conversation.title);

  const startEditing = () => {
    setDraft(conversation.title);
    setEditing(true);
  };
  const save = () => {
    setEditing(false);
    void renameConversation(conversation.id, draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") save();
    if (event.key === "Escape") setEditing(false);
  };

  return (
    <li className={`conversation-item${active ? " active" : ""}`}>
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
          type="button"
          className="conversation-open"
          aria-current={active ? "page" : undefined}
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
          onClick={startEditing}
        >
          <Icon name="pencil" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t.conversationItem.deleteNamed(conversation.title)}
          title={t.conversationItem.delete}
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}
