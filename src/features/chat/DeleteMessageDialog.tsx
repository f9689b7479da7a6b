import { useEffect, useRef } from "react";
import { useAppStore } from "../../store/useAppStore";

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
  const deleteMessage = useAppStore((state) => state.deleteMessage);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = () => {
    void deleteMessage(messageId);
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-message-title" onClose={onClose}>
      <h2 id="delete-message-title">Delete message?</h2>
      <p>
        {hasOtherVersions
          ? "This version of the message is deleted, with everything that followed it in this version. The other versions stay."
          : "Only this message is deleted; the rest of the conversation stays."}{" "}
        This cannot be undone.
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
