import { useEffect, useRef } from "react";
import type { Conversation } from "../../domain/conversation";
import { useAppStore } from "../../store/useAppStore";

/** Asks before deleting: a conversation cannot be brought back once deleted. */
export function DeleteConversationDialog({
  conversation,
  onClose,
}: {
  conversation: Conversation;
  onClose(): void;
}) {
  const deleteConversation = useAppStore((state) => state.deleteConversation);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = () => {
    void deleteConversation(conversation.id);
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-title" onClose={onClose}>
      <h2 id="delete-title">Delete conversation?</h2>
      <p>
        “{conversation.title}” and all its messages will be removed from this browser. This cannot be undone.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={confirm}>
          Delete
        </button>
      </div>
    </dialog>
  );
}
