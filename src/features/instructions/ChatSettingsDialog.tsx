import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectInstructions } from "../../store/slices/instructions/selectors";
import { InstructionsForm } from "./InstructionsForm";
import { ModalDialog } from "../../app/ModalDialog";

/**
 * The open conversation's (or the next new chat's) system prompt and generation settings. Nothing is
 * applied until Save, and Save refuses out-of-range values, saying what each field allows.
 */
export default function ChatSettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const initial = useAppStore(selectInstructions);
  const setInstructions = useAppStore((state) => state.setInstructions);

  return (
    <ModalDialog
      className="dialog chat-settings-dialog"
      aria-labelledby="chat-settings-title"
      onClose={onClose}
    >
      <h2 id="chat-settings-title">{t.chatSettings.title}</h2>
      <InstructionsForm
        initial={initial}
        saveLabel={t.chatSettings.save}
        onSave={(instructions) => {
          setInstructions(instructions);
          onClose();
        }}
        actions={
          <button type="button" className="button" onClick={onClose}>
            {t.chatSettings.cancel}
          </button>
        }
      />
    </ModalDialog>
  );
}
