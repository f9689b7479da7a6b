import { useAppStore } from "../../store/useAppStore";
import { selectActiveConversation } from "../../store/slices/conversations/selectors";
import { selectShownMessages } from "../../store/slices/messages/selectors";
import { ChatSettingsBar } from "../instructions/ChatSettingsBar";
import { Composer } from "./Composer";
import { MessageList } from "./MessageList";
import { useT } from "../../i18n/useT";
import { Attachments } from "../documents/Attachments";
import { useFileDrop } from "../documents/useFileDrop";

/** The open conversation and, unless the app cannot chat here, its settings and the composer. */
export function ChatView({ readOnly }: { readOnly: boolean }) {
  const t = useT();
  const conversation = useAppStore(selectActiveConversation);
  const shown = useAppStore(selectShownMessages);
  const { dragging, dropProps } = useFileDrop();

  return (
    <section
      className={dragging ? "chat dragging-files" : "chat"}
      aria-label={conversation ? conversation.title : t.actions.newChat}
      {...(readOnly ? {} : dropProps)}
    >
      {!readOnly && <ChatSettingsBar />}
      {shown.length > 0 ? (
        // Keyed by conversation: another conversation starts scrolled to its end, following.
        <MessageList key={conversation?.id} shown={shown} readOnly={readOnly} />
      ) : (
        <div className="chat-empty">
          <h1>{readOnly ? t.chat.noConversation : t.chat.emptyTitle}</h1>
          {!readOnly && <p className="hint">{t.chat.emptyHint}</p>}
        </div>
      )}
      {!readOnly && <Attachments />}
      {!readOnly && <Composer />}
    </section>
  );
}
