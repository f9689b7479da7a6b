import { useEffect, useRef } from "react";
import { useT } from "../../i18n/useT";
import { DefaultInstructionsSection } from "./DefaultInstructionsSection";

/**
 * Hosts the default instructions until the Settings dialog does (then this dialog and its button in the chat
 * settings bar go).
 */
export default function DefaultInstructionsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog settings-dialog"
      aria-labelledby="default-instructions-title"
      onClose={onClose}
    >
      <h2 id="default-instructions-title">{t.defaultInstructions.dialogTitle}</h2>
      <DefaultInstructionsSection />
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          {t.defaultInstructions.close}
        </button>
      </div>
    </dialog>
  );
}
