import { useEffect, useState } from "react";

type CopyStatus = "idle" | "copied" | "failed";

/** How long "Copied" stays visible. */
const STATUS_DURATION_MS = 2000;

const STATUS_TEXT: Record<CopyStatus, string> = { idle: "", copied: "Copied", failed: "Copy failed" };

/**
 * "Copy code" button. The confirmation lives in a separate polite live region (always mounted, so screen readers
 * announce the change) rather than in the button's label, which would otherwise change under the user's focus.
 */
export function CopyButton({ text }: { text: string }) {
  const [status, setStatus] = useState<CopyStatus>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), STATUS_DURATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy(): Promise<void> {
    try {
      // Outside a secure context navigator.clipboard is undefined: the TypeError lands in the catch like a denial.
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

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
