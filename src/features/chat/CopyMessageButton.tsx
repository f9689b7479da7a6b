import { useClipboardCopy } from "../../lib/useClipboardCopy";
import { useT } from "../../i18n/useT";
import { MessageActionButton } from "./MessageActionButton";

/** Copies a message as written (Markdown for replies). The result is announced in a polite live region. */
export function CopyMessageButton({ text }: { text: string }) {
  const t = useT();
  const { status, copy } = useClipboardCopy(text);

  return (
    <>
      <MessageActionButton icon="copy" label={t.messageActions.copy} onClick={() => void copy()} />
      <span className="message-action-status" role="status" aria-live="polite">
        {status === "idle" ? "" : t.messageActions[status]}
      </span>
    </>
  );
}
