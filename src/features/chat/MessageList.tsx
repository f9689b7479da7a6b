import { useEffect, useRef } from "react";
import type { Message } from "../../domain/conversation";
import { MessageView } from "./MessageView";

/** Pixels from the bottom within which the list keeps following a streaming reply. */
const FOLLOW_THRESHOLD_PX = 80;

/** The messages, following the newest text unless the user has scrolled up to read. */
export function MessageList({ messages }: { messages: readonly Message[] }) {
  const container = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  const last = messages[messages.length - 1];

  useEffect(() => {
    const element = container.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [last?.id, last?.content]);

  const onScroll = () => {
    const element = container.current;
    if (!element) return;
    following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_THRESHOLD_PX;
  };

  return (
    <ol className="message-list" ref={container} onScroll={onScroll} aria-label="Messages">
      {messages.map((message) => (
        <MessageView key={message.id} message={message} />
      ))}
    </ol>
  );
}
