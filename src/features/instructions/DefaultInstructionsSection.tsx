import { useState } from "react";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectDefaultInstructions } from "../../store/slices/instructions/selectors";
import { SettingsSection } from "../preferences/settings/SettingsSection";
import { InstructionsForm } from "./InstructionsForm";
import "./instructions.css";

/**
 * The default instructions for new chats ("custom instructions"): a system prompt and generation settings every
 * new conversation starts with unless changed there. Conversations that exist keep their own. A section of
 * the Settings dialog; sealed by the lock like presets (see the slice).
 */
export function DefaultInstructionsSection() {
  const t = useT();
  const words = t.defaultInstructions;
  const defaults = useAppStore(selectDefaultInstructions);
  const setDefaults = useAppStore((state) => state.setDefaultInstructions);
  const [saved, setSaved] = useState(false);

  return (
    <SettingsSection id="default-instructions" title={words.title} hint={words.hint}>
      <InstructionsForm
        initial={defaults}
        saveLabel={words.save}
        onSave={(instructions) => {
          setDefaults(instructions);
          setSaved(true);
        }}
        actions={
          <span role="status" className="hint default-instructions-saved">
            {saved ? words.saved : ""}
          </span>
        }
      />
    </SettingsSection>
  );
}
