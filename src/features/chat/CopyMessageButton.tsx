import { useEffect, useState } from "react";
import { useT } from "../../i18n/useT";

type CopyStatus = "idle" | "copied" | "failed";

/** How long "Copied" stays visible. */
const STATUS_DURATION_MS = 2000;

/** Copies a message as written (Markdown for replies). The result is announced in a polite live region. */
export function CopyMessageButton({ text }: { text: string }) {
  const t = useT();
  const [status, setStatus] = useState<CopyStatus>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), STATUS_DURATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      // Denied, or no clipboard outside a secure context.
      setStatus("failed");
    }
  }

  return (
    <>
      <button type="button" className="message-action" onClick={() => void copy()}>
        {t.messageActions.copy}
      </button>
      <span className="message-action-status" role="status" aria-live="polite">
        {status === "idle" ? "" : t.messageActions[status]}
      </span>
    </>
  );
}
