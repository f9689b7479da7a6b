import { useEffect, useState } from "react";

export type CopyStatus = "idle" | "copied" | "failed";

/** How long "Copied" (or "Copy failed") stays visible. */
const STATUS_DURATION_MS = 2000;

/**
 * Copies text to the clipboard and reports how it went for a moment, for a polite live region next to
 * the button (announced without changing the button's own name under the user's focus).
 */
export function useClipboardCopy(text: string): { status: CopyStatus; copy: () => Promise<void> } {
  const [status, setStatus] = useState<CopyStatus>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), STATUS_DURATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy(): Promise<void> {
    try {
      // Outside a secure context navigator.clipboard is undefined: the TypeError lands here like a denial.
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return { status, copy };
}
