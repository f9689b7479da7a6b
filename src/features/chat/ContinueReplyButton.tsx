import { canContinue } from "../../domain/continuation";
import { useAppStore } from "../../store/useAppStore";
import { selectIsStreaming } from "../../store/slices/chat/selectors";
import { selectActiveMessages } from "../../store/slices/conversations/selectors";
import { selectModelLoad } from "../../store/slices/models/selectors";
import "./continueReply.css";

/** Under a stopped or interrupted last reply: ask the model to finish it, in the same message. */
export function ContinueReplyButton() {
  const last = useAppStore((state) => {
    const messages = selectActiveMessages(state);
    const candidate = messages.at(-1);
    return candidate && canContinue(messages, candidate.id) ? candidate.id : undefined;
  });
  const ready = useAppStore((state) => selectModelLoad(state).status === "ready");
  const streaming = useAppStore(selectIsStreaming);
  const continueReply = useAppStore((state) => state.continueReply);
  if (!last || streaming) return null;
  return (
    <div className="continue-reply">
      <button
        type="button"
        className="button small"
        onClick={() => void continueReply(last)}
        disabled={!ready}
        title={ready ? "Ask the model to finish this reply" : "Load a model to continue this reply"}
      >
        Continue
      </button>
    </div>
  );
}
