import { useClipboardCopy } from "../../lib/useClipboardCopy";

const STATUS_TEXT = { idle: "", copied: "Copied", failed: "Copy failed" } as const;

/**
 * "Copy code" button. The confirmation lives in a separate polite live region (always mounted, so screen readers
 * announce the change) rather than in the button's label, which would otherwise change under the user's focus.
 */
export function CopyButton({ text }: { text: string }) {
  const { status, copy } = useClipboardCopy(text);

  return (
    <span className="md-copy">
      <span className="md-copy-status" role="status" aria-live="polite">
        {STATUS_TEXT[status]}
      </span>
      <button type="button" className="md-copy-button" onClick={() => void copy()}>
        Copy code
      </button>
    </span>
  );
}
