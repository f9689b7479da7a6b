import { useState, type FormEvent, type KeyboardEvent } from "react";
import type { Message } from "../../domain/conversation";
import { useAppStore } from "../../store/useAppStore";
import { selectIsModelReady } from "../../store/slices/models/selectors";
import { useT } from "../../i18n/useT";
import { useMessageLengthGuard } from "./messageLength";
import { LengthRefusalNote } from "./LengthRefusalNote";

/**
 * Edits a sent message in place. Sending adds the edited text as a new version with a new reply;
 * the original and its replies stay, one click away with the version switcher.
 */
export function EditMessageForm({ message, onDone }: { message: Message; onDone(): void }) {
  const t = useT();
  const [text, setText] = useState(message.content);
  const { refusal, guardProps } = useMessageLengthGuard(text);
  const editMessage = useAppStore((state) => state.editMessage);
  const modelReady = useAppStore(selectIsModelReady);
  const unchanged = text.trim() === message.content.trim();
  const canSend = modelReady && text.trim() !== "" && !unchanged;

  const send = () => {
    if (!canSend) return;
    void editMessage(message.id, text);
    onDone();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape") onDone();
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className="edit-message" onSubmit={onSubmit}>
      <textarea
        aria-label={t.editMessage.field}
        value={text}
        rows={Math.min(10, Math.max(2, text.split("\n").length))}
        {...guardProps}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <div className="actions">
        <button type="submit" className="button primary small" disabled={!canSend}>
          {t.editMessage.save}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          {t.editMessage.cancel}
        </button>
      </div>
      {!text.trim() && <p className="field-error">{t.editMessage.empty}</p>}
      {refusal && <LengthRefusalNote refusal={refusal} box="edit" />}
    </form>
  );
}
