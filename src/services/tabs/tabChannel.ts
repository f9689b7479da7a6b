/**
 * Tells the other Sigilo tabs of this browser what changed in storage, so they re-read it. Only
 * identifiers travel, never content: the other tab reads the content from IndexedDB itself.
 */
export type TabEvent =
  /** A conversation or its messages were saved or deleted; no id means "any of them". */
  | { type: "conversations-changed"; conversationId?: string }
  /** The lock was turned on or off, or its settings changed. */
  | { type: "vault-changed" };

export interface TabChannel {
  post(event: TabEvent): void;
  subscribe(listener: (event: TabEvent) => void): () => void;
}

export const TAB_CHANNEL_NAME = "sigilo-tabs";

export function createTabChannel(name = TAB_CHANNEL_NAME): TabChannel {
  if (typeof BroadcastChannel === "undefined") return { post: () => {}, subscribe: () => () => {} };
  const channel = new BroadcastChannel(name);
  return {
    post: (event) => channel.postMessage(event),
    subscribe(listener) {
      const onMessage = (message: MessageEvent<unknown>) => {
        if (isTabEvent(message.data)) listener(message.data);
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
  };
}

function isTabEvent(value: unknown): value is TabEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Record<string, unknown>;
  if (event.type === "vault-changed") return true;
  return (
    event.type === "conversations-changed" &&
    (event.conversationId === undefined || typeof event.conversationId === "string")
  );
}
