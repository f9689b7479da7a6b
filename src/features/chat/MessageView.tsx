import { memo, useState } from "react";
import type { Message } from "../../domain/conversation";
import { EditMessageForm } from "./EditMessageForm";
import { MessageContentBoundary } from "./MessageContentBoundary";
import { MessageActions } from "./MessageActions";
import { MessageDetails } from "./MessageDetails";
import { useModelAuthor } from "./useModelAuthor";
import { useLanguage, useT } from "../../i18n/useT";
import { replyFailureText } from "./replyFailureText";
import { WaitingNote } from "./WaitingNote";
import { ReplyContent } from "./ReplyContent";
import { DocumentCitations } from "../documents/DocumentCitations";
import { PlainText } from "../../app/PlainText";

export interface MessageViewProps {
  message: Message;
  /** 1-based position among the message's versions (edits or regenerations), and how many there are. */
  versionIndex: number;
  versionCount: number;
  previousVersionId: string | undefined;
  nextVersionId: string | undefined;
  /** The newest message on the shown branch: only it can be regenerated or continued. */
  isLast: boolean;
  /** No engine here (no WebGPU): the conversation can be read, copied and browsed, not changed. */
  readOnly: boolean;
}

/**
 * One message's content, notes and actions. Assistant replies render as safe Markdown (a reasoning model's
 * thinking folded apart); the user's text as typed.
 */
export const MessageView = memo(function MessageView(props: MessageViewProps) {
  const { message, readOnly } = props;
  const t = useT();
  const language = useLanguage();
  const failure = replyFailureText(t, language, message);
  const [editing, setEditing] = useState(false);
  const isUser = message.role === "user";
  const modelAuthor = useModelAuthor(message.modelId);
  const author = isUser ? t.chat.you : modelAuthor;
  const note =
    message.finishReason === "length" && message.status === "complete"
      ? t.chat.cutOff
      : message.status === "stopped"
        ? t.chat.stopped
        : message.status === "interrupted"
          ? t.chat.interrupted
          : undefined;

  return (
    <>
      <div className="message-author">{author}</div>
      {editing ? (
        <EditMessageForm message={message} onDone={() => setEditing(false)} />
      ) : (
        <div className="message-content">
          {isUser ? (
            <PlainText text={message.content} />
          ) : (
            <DocumentCitations message={message}>
              <MessageContentBoundary text={message.content} note={t.rendering.plain}>
                <ReplyContent message={message} />
              </MessageContentBoundary>
            </DocumentCitations>
          )}
          {message.status === "streaming" && message.content === "" && (
            <span className="typing" role="status">
              {t.chat.thinking}
            </span>
          )}
        </div>
      )}
      {message.omittedMessages !== undefined && (
        <p className="message-note">{t.chat.omitted(message.omittedMessages)}</p>
      )}
      {note && <p className="message-note">{note}</p>}
      {isUser && props.isLast && !editing && <WaitingNote messageId={message.id} readOnly={readOnly} />}
      {failure && (
        <p className="message-error" role="alert">
          {t.chat.replyFailed(failure)}
        </p>
      )}
      {!isUser && <MessageDetails message={message} modelName={message.modelId && modelAuthor} />}
      {!editing && <MessageActions {...props} readOnly={readOnly} onEdit={() => setEditing(true)} />}
    </>
  );
});
