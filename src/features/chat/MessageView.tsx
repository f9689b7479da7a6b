import { lazy, memo, Suspense } from "react";
import type { Message } from "../../domain/conversation";
import { findModel } from "../../domain/modelCatalog";

// react-markdown is loaded on first use so it stays out of the initial bundle.
const MarkdownMessage = lazy(() => import("../markdown/MarkdownMessage"));

const STATUS_NOTES: Partial<Record<Message["status"], string>> = {
  stopped: "Stopped",
  interrupted: "Interrupted: the page was closed or reloaded while this reply was being written.",
};

/** One message. Assistant replies render as safe Markdown; the user's own text is shown as typed. */
export const MessageView = memo(function MessageView({ message }: { message: Message }) {
  const isUser = message.role === "user";
  const author = isUser ? "You" : (findModel(message.modelId ?? "")?.name ?? "Assistant");
  const note = STATUS_NOTES[message.status];
  return (
    <li
      className={`message message-${message.role}`}
      data-message-id={message.id /* search scrolls to and highlights a message by this id */}
      aria-label={`${isUser ? "You" : "Assistant"} said`}
    >
      <div className="message-author">{author}</div>
      <div className="message-content">
        {isUser ? (
          <p className="plain-text">{message.content}</p>
        ) : (
          <Suspense fallback={<p className="plain-text">{message.content}</p>}>
            <MarkdownMessage text={message.content} />
          </Suspense>
        )}
        {message.status === "streaming" && message.content === "" && (
          <span className="typing" role="status">
            Thinking…
          </span>
        )}
      </div>
      {note && <p className="message-note">{note}</p>}
      {message.status === "error" && (
        <p className="message-error" role="alert">
          The reply failed: {message.error}
        </p>
      )}
      {message.stats && (
        <p className="message-stats">
          {message.stats.completionTokens} tokens · {message.stats.decodeTokensPerSecond.toFixed(1)} tokens/s
        </p>
      )}
    </li>
  );
});
