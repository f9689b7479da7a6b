import { useAppStore } from "../../store/useAppStore";
import {
  selectEndedWait,
  selectIsStreaming,
  selectSendMode,
  selectWaitingFor,
} from "../../store/slices/chat/selectors";
import { useModelAuthor } from "./useModelAuthor";
import { useT } from "../../i18n/useT";

/**
 * Under the user's last message when nothing answers it: that it waits for the model loading (with Don't
 * answer), or that it was not answered and why (with Answer, which replies now or once the model is ready).
 * Read-only (another tab has the model), it only says why a wait of this session ended.
 */
export function WaitingNote({ messageId, readOnly }: { messageId: string; readOnly: boolean }) {
  const t = useT();
  const waitingFor = useAppStore(selectWaitingFor(messageId));
  const endedWait = useAppStore(selectEndedWait(messageId));
  const sendMode = useAppStore(selectSendMode);
  const streaming = useAppStore(selectIsStreaming);
  const stopWaiting = useAppStore((state) => state.stopWaiting);
  const answerMessage = useAppStore((state) => state.answerMessage);
  const modelName = useModelAuthor(waitingFor);

  if (readOnly) {
    return endedWait ? <p className="message-note">{t.waitingMessage.notAnswered[endedWait]}</p> : null;
  }
  if (waitingFor !== undefined) {
    return (
      <div className="message-note waiting-note">
        <span role="status">{t.waitingMessage.willAnswer(modelName)}</span>
        <button type="button" className="message-action" onClick={() => stopWaiting(messageId)}>
          {t.waitingMessage.dontAnswer}
        </button>
      </div>
    );
  }
  return (
    <div className="message-note waiting-note">
      <span role="status">{t.waitingMessage.notAnswered[endedWait ?? "unknown"]}</span>
      <button
        type="button"
        className="message-action"
        disabled={sendMode === "none" || streaming}
        onClick={() => void answerMessage(messageId)}
      >
        {t.waitingMessage.answer}
      </button>
    </div>
  );
}
