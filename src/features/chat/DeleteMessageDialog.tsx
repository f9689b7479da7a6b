import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { ModalDialog } from "../../app/ModalDialog";

/** Asks before deleting a message, saying what else goes with it (see planDeletion). */
export function DeleteMessageDialog({
  messageId,
  hasOtherVersions,
  onClose,
}: {
  messageId: string;
  hasOtherVersions: boolean;
  onClose(): void;
}) {
  const t = useT();
  const deleteMessage = useAppStore((state) => state.deleteMessage);

  const confirm = () => {
    void deleteMessage(messageId);
    onClose();
  };

  return (
    <ModalDialog className="dialog" aria-labelledby="delete-message-title" onClose={onClose}>
      <h2 id="delete-message-title">{t.deleteMessage.title}</h2>
      <p>
        {hasOtherVersions ? t.deleteMessage.version : t.deleteMessage.single} {t.deleteMessage.irreversible}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t.deleteMessage.cancel}
        </button>
        <button type="button" className="button danger" onClick={confirm}>
          {t.deleteMessage.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}
