import { useAppStore } from "../../store/useAppStore";
import { selectActiveConversation } from "../../store/slices/conversations/selectors";
import { selectShownMessages } from "../../store/slices/messages/selectors";
import { ChatSettingsBar } from "../instructions/ChatSettingsBar";
import { Composer } from "./Composer";
import { MessageList } from "./MessageList";

/** The open conversation and, unless the app cannot chat here, its settings and the composer. */
export function ChatView({ readOnly }: { readOnly: boolean }) {
  const conversation = useAppStore(selectActiveConversation);
  const shown = useAppStore(selectShownMessages);

  return (
    <section className="chat" aria-label={conversation ? conversation.title : "New chat"}>
      {!readOnly && <ChatSettingsBar />}
      {shown.length > 0 ? (
        // Keyed by conversation: another conversation starts scrolled to its end, following.
        <MessageList key={conversation?.id} shown={shown} readOnly={readOnly} />
      ) : (
        <div className="chat-empty">
          <h1>{readOnly ? "No conversation open" : "What can I help with?"}</h1>
          {!readOnly && <p className="hint">Everything you write here stays on this device.</p>}
        </div>
      )}
      {!readOnly && <Composer />}
    </section>
  );
}
