import { useId, useState } from "react";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectDefaultInstructions } from "../../store/slices/instructions/selectors";
import { InstructionsForm } from "./InstructionsForm";
import "./instructions.css";

/**
 * The default instructions for new chats ("custom instructions"): a system prompt and generation settings every
 * new conversation starts with unless changed there. Conversations that exist keep their own. Self-contained,
 * so the Settings dialog can host it as one of its sections; sealed by the lock like presets (see the slice).
 */
export function DefaultInstructionsSection() {
  const t = useT();
  const words = t.defaultInstructions;
  const defaults = useAppStore(selectDefaultInstructions);
  const setDefaults = useAppStore((state) => state.setDefaultInstructions);
  const [saved, setSaved] = useState(false);
  const titleId = useId();

  return (
    <section className="default-instructions" aria-labelledby={titleId}>
      <h3 id={titleId}>{words.title}</h3>
      <p className="hint">{words.hint}</p>
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
    </section>
  );
}
