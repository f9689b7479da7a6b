import { useAppStore } from "../../store/useAppStore";
import { selectActiveConversation, selectActiveMessages } from "../../store/slices/conversations/selectors";
import { Composer } from "./Composer";
import { ContinueReplyButton } from "./ContinueReplyButton";
import { MessageList } from "./MessageList";

/** The open conversation and, unless the app cannot chat here, the composer. */
export function ChatView({ readOnly }: { readOnly: boolean }) {
  const conversation = useAppStore(selectActiveConversation);
  const messages = useAppStore(selectActiveMessages);
  return (
    <section className="chat" aria-label={conversation ? conversation.title : "New chat"}>
      {messages.length > 0 ? (
        <MessageList messages={messages} />
      ) : (
        <div className="chat-empty">
          <h1>{readOnly ? "No conversation open" : "What can I help with?"}</h1>
          {!readOnly && <p className="hint">Everything you write here stays on this device.</p>}
        </div>
      )}
      {!readOnly && <ContinueReplyButton />}
      {!readOnly && <Composer />}
    </section>
  );
}
