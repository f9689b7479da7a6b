import { useEffect, useState } from "react";

type CopyStatus = "idle" | "copied" | "failed";

/** How long "Copied" stays visible. */
const STATUS_DURATION_MS = 2000;

const STATUS_TEXT: Record<CopyStatus, string> = { idle: "", copied: "Copied", failed: "Copy failed" };

/** Copies a message as written (Markdown for replies). The result is announced in a polite live region. */
export function CopyMessageButton({ text }: { text: string }) {
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
        Copy
      </button>
      <span className="message-action-status" role="status" aria-live="polite">
        {STATUS_TEXT[status]}
      </span>
    </>
  );
}
