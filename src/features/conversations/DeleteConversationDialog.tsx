import type { Conversation } from "../../domain/conversation";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { ModalDialog } from "../../app/ModalDialog";

/** Asks before deleting: a conversation cannot be brought back once deleted. */
export function DeleteConversationDialog({
  conversation,
  onClose,
}: {
  conversation: Conversation;
  onClose(): void;
}) {
  const t = useT();
  const deleteConversation = useAppStore((state) => state.deleteConversation);

  const confirm = () => {
    void deleteConversation(conversation.id);
    onClose();
  };

  return (
    <ModalDialog className="dialog" aria-labelledby="delete-title" onClose={onClose}>
      <h2 id="delete-title">{t.deleteConversation.title}</h2>
      <p>{t.deleteConversation.body(conversation.title)}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t.deleteConversation.cancel}
        </button>
        <button type="button" className="button danger" onClick={confirm}>
          {t.deleteConversation.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}
