import type { ConversationStore } from "../storage";
import type { TabEvent } from "./tabChannel";

/** The same store, telling other tabs which conversation changed after each successful write. */
export function announceChanges(
  store: ConversationStore,
  post: (event: TabEvent) => void,
): ConversationStore {
  const changed = (conversationId?: string) => post({ type: "conversations-changed", conversationId });
  return {
    ...store,
    async saveConversation(conversation) {
      await store.saveConversation(conversation);
      changed(conversation.id);
    },
    async saveMessage(message) {
      await store.saveMessage(message);
      changed(message.conversationId);
    },
    async saveMessages(messages) {
      await store.saveMessages(messages);
      new Set(messages.map((message) => message.conversationId)).forEach(changed);
    },
    async deleteConversation(id) {
      await store.deleteConversation(id);
      changed(id);
    },
    async markStreamingAsInterrupted() {
      const count = await store.markStreamingAsInterrupted();
      if (count > 0) changed();
      return count;
    },
  };
}
