import { lazy, Suspense, useId, useState } from "react";
import { useT } from "../../i18n/useT";
import { formatDuration } from "../../lib/format";
import "./thinking.css";
import { PlainText } from "../../app/PlainText";

const MarkdownMessage = lazy(() => import("../markdown/MarkdownMessage"));

interface Props {
  text: string;
  /** The block's `</think>` has arrived. */
  closed: boolean;
  /** The reply is still being written. */
  streaming: boolean;
  /** How long the block took, when it was measured. */
  seconds: number | null | undefined;
  /** The reply holds nothing but thinking: then it is shown open, or the reply would look empty. */
  onlyThinking: boolean;
}

/**
 * A reasoning model's thinking, behind a disclosure button: open while the model thinks, so the person sees it
 * work, and folded away once the answer starts ("Thought for 12 s"). The person's own choice, once made, wins.
 * Its text is rendered like the answer (safe Markdown), and only while it is shown.
 */
export function ThinkingSection({ text, closed, streaming, seconds, onlyThinking }: Props) {
  const t = useT();
  const contentId = useId();
  const [chosen, setChosen] = useState<boolean>();
  const thinkingNow = streaming && !closed;
  const expanded = chosen ?? (thinkingNow || (onlyThinking && !streaming));
  const label = thinkingNow
    ? t.thinking.inProgress
    : closed && typeof seconds === "number"
      ? t.thinking.thoughtFor(formatDuration(seconds))
      : t.thinking.done;
  const shown = text.trim();

  return (
    <div className={`thinking${thinkingNow ? " thinking-now" : ""}`}>
      <button
        type="button"
        className="thinking-toggle"
        aria-expanded={expanded}
        aria-controls={contentId}
        onClick={() => setChosen(!expanded)}
      >
        {label}
      </button>
      <div id={contentId} className="thinking-content" hidden={!expanded}>
        {expanded && shown !== "" && (
          <Suspense fallback={<PlainText text={shown} />}>
            <MarkdownMessage text={shown} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
