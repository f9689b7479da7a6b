import "./messageActions.css";
import { useState } from "react";
import type { Message } from "../../domain/conversation";
import { useAppStore } from "../../store/useAppStore";
import { selectCanActOnMessages } from "../../store/slices/messages/selectors";
import { selectIsModelReady } from "../../store/slices/models/selectors";
import { CopyMessageButton } from "./CopyMessageButton";
import { answerOf } from "../../domain/thinking";
import { DeleteMessageDialog } from "./DeleteMessageDialog";
import { MessageActionButton } from "./MessageActionButton";
import type { MessageViewProps } from "./MessageView";
import { useT } from "../../i18n/useT";

/** A reply that ended early (stopped, interrupted, or at the length limit) can be continued. */
function canContinue(message: Message): boolean {
  if (message.role !== "assistant" || message.content.trim() === "") return false;
  return (
    message.status === "stopped" ||
    message.status === "interrupted" ||
    (message.status === "complete" && message.finishReason === "length")
  );
}

/** The row under a message: its versions, and what can be done with it. */
export function MessageActions({
  message,
  versionIndex,
  versionCount,
  previousVersionId,
  nextVersionId,
  isLast,
  readOnly,
  onEdit,
}: MessageViewProps & { onEdit(): void }) {
  const t = useT();
  const idle = useAppStore(selectCanActOnMessages);
  const modelReady = useAppStore(selectIsModelReady);
  const switchVersion = useAppStore((state) => state.switchVersion);
  const regenerateReply = useAppStore((state) => state.regenerateReply);
  const continueReply = useAppStore((state) => state.continueReply);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  if (message.status === "streaming") return null;
  const canGenerate = idle && modelReady && !readOnly;
  const isUser = message.role === "user";

  return (
    <div className="message-actions">
      {versionCount > 1 && (
        <div className="message-versions" role="group" aria-label={t.messageActions.versions}>
          <MessageActionButton
            icon="previous"
            label={t.messageActions.previousVersion}
            disabled={!idle || !previousVersionId}
            onClick={() => previousVersionId && switchVersion(previousVersionId)}
          />
          <span aria-label={t.messageActions.versionOf(versionIndex, versionCount)}>
            {versionIndex} / {versionCount}
          </span>
          <MessageActionButton
            icon="next"
            label={t.messageActions.nextVersion}
            disabled={!idle || !nextVersionId}
            onClick={() => nextVersionId && switchVersion(nextVersionId)}
          />
        </div>
      )}
      {isUser && !readOnly && (
        <MessageActionButton
          icon="pencil"
          label={t.messageActions.edit}
          disabled={!canGenerate}
          onClick={onEdit}
        />
      )}
      {!isUser && isLast && !readOnly && (
        <MessageActionButton
          icon="regenerate"
          label={t.messageActions.regenerate}
          disabled={!canGenerate}
          onClick={() => void regenerateReply(message.id)}
        />
      )}
      {isLast && !readOnly && canContinue(message) && (
        <MessageActionButton
          icon="continue"
          label={t.messageActions.continue}
          disabled={!canGenerate}
          onClick={() => void continueReply(message.id)}
        />
      )}
      {/* A reasoning model's reply is copied as its answer; one that is only thinking, as it is. */}
      <CopyMessageButton
        text={message.role === "assistant" ? answerOf(message.content) || message.content : message.content}
      />
      {!readOnly && (
        <MessageActionButton
          icon="trash"
          label={t.messageActions.delete}
          disabled={!idle}
          onClick={() => setConfirmingDelete(true)}
        />
      )}
      {confirmingDelete && (
        <DeleteMessageDialog
          messageId={message.id}
          hasOtherVersions={versionCount > 1}
          onClose={() => setConfirmingDelete(false)}
        />
      )}
    </div>
  );
}
