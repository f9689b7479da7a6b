import { useState, type KeyboardEvent } from "react";
import type { Conversation } from "../../domain/conversation";
import { Icon } from "../../app/Icon";
import { useAppStore } from "../../store/useAppStore";

interface Props {
  conversation: Conversation;
  active: boolean;
  onDelete(): void;
}

/** A conversation in the sidebar: open it, rename it in place, or ask to delete it. */
export function ConversationItem({ conversation, active, onDelete }: Props) {
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
          aria-label="Conversation title"
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
          aria-label={`Rename ${conversation.title}`}
          title="Rename"
          onClick={startEditing}
        >
          <Icon name="pencil" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete ${conversation.title}`}
          title="Delete"
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}
