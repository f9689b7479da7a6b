import { useT } from "../../i18n/useT";
import { useClipboardCopy } from "../../lib/useClipboardCopy";

/**
 * "Copy code" button. The confirmation lives in a separate polite live region (always mounted, so screen readers
 * announce the change) rather than in the button's label, which would otherwise change under the user's focus.
 */
export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const { status, copy } = useClipboardCopy(text);
  const statusText = { idle: "", copied: t.codeBlock.copied, failed: t.codeBlock.failed }[status];

  return (
    <span className="md-copy">
      <span className="md-copy-status" role="status" aria-live="polite">
        {statusText}
      </span>
      <button type="button" className="md-copy-button" onClick={() => void copy()}>
        {t.codeBlock.copy}
      </button>
    </span>
  );
}
