import { useAppStore } from "../../store/useAppStore";
import { selectUpdateReady } from "../../store/slices/appShell/selectors";
import { selectIsStreaming } from "../../store/slices/chat/selectors";
import { useT } from "../../i18n/useT";

/**
 * A quiet note when a new version is waiting. Switching reloads the page, so it is the user's choice
 * and never offered in the middle of a reply.
 */
export function UpdatePrompt() {
  const t = useT();
  const updateReady = useAppStore(selectUpdateReady);
  const streaming = useAppStore(selectIsStreaming);
  const applyUpdate = useAppStore((state) => state.applyUpdate);
  if (!updateReady) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t.update.available}</span>
      <button
        type="button"
        className="button small primary"
        onClick={() => void applyUpdate()}
        disabled={streaming}
        title={streaming ? t.update.afterReply : undefined}
      >
        {t.update.reload}
      </button>
    </div>
  );
}
