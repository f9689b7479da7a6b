import type { StateCreator } from "zustand";
import { newId, type Conversation, type Message } from "../../../domain/conversation";
import {
  ancestry,
  buildTree,
  leafForVersion,
  leafRevealing,
  planDeletion,
} from "../../../domain/messageTree";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { generateReply } from "../chat/generateReply";
import { nextCreatedAt, replyPlaceholder } from "../chat/replyPlaceholder";

export interface MessageActionsSlice {
  /** Writes a new version of an assistant reply; the old one stays as another version. */
  regenerateReply(messageId: string): Promise<void>;
  /** Sends an edited copy of a user message as a new version, and a reply to it; the original branch is kept. */
  editMessage(messageId: string, text: string): Promise<void>;
  /** Appends more text to a reply that was stopped, interrupted or cut by the length limit. */
  continueReply(messageId: string): Promise<void>;
  /** Shows another version of a message (and that version's latest continuation). */
  switchVersion(messageId: string): void;
  /** See planDeletion: a version goes with what followed it; an only version goes alone. */
  deleteMessage(messageId: string): Promise<void>;
  /** Shows the version holding a message of the open conversation when it is not on screen (a search hit). */
  showBranchOf(messageId: string): void;
}

/** The open conversation with its message tree, or undefined when the action cannot run now. */
function openConversation(state: AppState, needsModel: boolean) {
  if (state.generation.status === "streaming") return undefined;
  if (needsModel && state.modelLoad.status !== "ready") return undefined;
  const conversation = state.conversations.find((c) => c.id === state.activeConversationId);
  if (!conversation) return undefined;
  const messages = state.messagesByConversation[conversation.id] ?? [];
  const modelId = state.modelLoad.status === "ready" ? state.modelLoad.modelId : undefined;
  return { conversation, messages, tree: buildTree(messages), modelId };
}

export const createMessageActionsSlice =
  (services: AppServices): StateCreator<AppState, [], [], MessageActionsSlice> =>
  (set, get) => {
    const store = { get, set, services };

    function showLeaf(conversation: Conversation, activeLeafId: string | undefined): void {
      const updated = { ...conversation, activeLeafId };
      set((state) => ({
        conversations: state.conversations.map((c) => (c.id === updated.id ? updated : c)),
      }));
      services.conversations.saveConversation(updated).catch(get().reportStorageError);
    }

    /** Streams a new reply to the last message of `history` and shows it. */
    async function replyTo(history: Message[], conversation: Conversation, modelId: string) {
      const messages = get().messagesByConversation[conversation.id] ?? [];
      const reply = replyPlaceholder(history.at(-1)!, modelId, nextCreatedAt(messages, services.now()));
      await generateReply(store, {
        modelId,
        conversation: { ...conversation, updatedAt: services.now(), activeLeafId: reply.id },
        reply,
        history,
        continuing: false,
      });
    }

    return {
      async regenerateReply(messageId) {
        const open = openConversation(get(), true);
        const message = open?.tree.byId.get(messageId);
        const parent = message?.parentId ? open?.tree.byId.get(message.parentId) : undefined;
        if (!open?.modelId || message?.role !== "assistant" || parent?.role !== "user") return;
        await replyTo(ancestry(open.tree, parent.id), open.conversation, open.modelId);
      },

      async editMessage(messageId, text) {
        const content = text.trim();
        const open = openConversation(get(), true);
        const original = open?.tree.byId.get(messageId);
        if (!open?.modelId || original?.role !== "user" || !content) return;
        const edited: Message = {
          id: newId(),
          conversationId: original.conversationId,
          parentId: original.parentId,
          role: "user",
          content,
          createdAt: nextCreatedAt(open.messages, services.now()),
          status: "complete",
        };
        get().putMessage(edited, true);
        const before = original.parentId === null ? [] : ancestry(open.tree, original.parentId);
        await replyTo([...before, edited], open.conversation, open.modelId);
      },

      async continueReply(messageId) {
        const open = openConversation(get(), true);
        const message = open?.tree.byId.get(messageId);
        const isLeaf = !open?.tree.children.get(messageId)?.length;
        if (!open?.modelId || message?.role !== "assistant" || !isLeaf || message.status === "error") return;
        await generateReply(store, {
          modelId: open.modelId,
          conversation: { ...open.conversation, updatedAt: services.now(), activeLeafId: message.id },
          reply: { ...message, status: "streaming", modelId: open.modelId },
          history: ancestry(open.tree, message.id),
          continuing: true,
        });
      },

      switchVersion(messageId) {
        const open = openConversation(get(), false);
        if (!open?.tree.byId.has(messageId)) return;
        showLeaf(open.conversation, leafForVersion(open.tree, messageId));
      },

      showBranchOf(messageId) {
        const state = get();
        const conversation = state.conversations.find((c) => c.id === state.activeConversationId);
        if (!conversation) return;
        // Another branch would hide a reply being written here; one being written elsewhere is unaffected.
        const { generation } = state;
        if (generation.status === "streaming" && generation.conversationId === conversation.id) return;
        const tree = buildTree(state.messagesByConversation[conversation.id] ?? []);
        const leaf = leafRevealing(tree, conversation.activeLeafId, messageId);
        if (leaf !== undefined) showLeaf(conversation, leaf);
      },

      async deleteMessage(messageId) {
        const open = openConversation(get(), false);
        if (!open?.tree.byId.has(messageId)) return;
        const plan = planDeletion(open.tree, messageId, open.conversation.activeLeafId);
        const removed = new Set(plan.removedIds);
        const relinked = new Map(plan.relinked.map((message) => [message.id, message]));
        const remaining = open.messages
          .filter((message) => !removed.has(message.id))
          .map((message) => relinked.get(message.id) ?? message);
        set((state) => ({
          messagesByConversation: { ...state.messagesByConversation, [open.conversation.id]: remaining },
        }));
        showLeaf(open.conversation, plan.activeLeafId);
        await services.conversations
          .removeMessages(plan.removedIds, plan.relinked)
          .catch(get().reportStorageError);
      },
    };
  };
