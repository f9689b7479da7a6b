import type { StateCreator } from "zustand";
import { newId, titleFromFirstMessage, type Conversation, type Message } from "../../../domain/conversation";
import { buildTree, pathTo } from "../../../domain/messageTree";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { generateReply } from "./generateReply";

export type Generation =
  { status: "idle" } | { status: "streaming"; conversationId: string; messageId: string };

export interface ChatSlice {
  generation: Generation;
  sendMessage(text: string): Promise<void>;
  stopGenerating(): void;
}

export const createChatSlice =
  (services: AppServices): StateCreator<AppState, [], [], ChatSlice> =>
  (set, get) => ({
    generation: { status: "idle" },

    async sendMessage(text) {
      const state = get();
      const content = text.trim();
      if (!content || state.generation.status === "streaming" || state.modelLoad.status !== "ready") return;
      const modelId = state.modelLoad.modelId;
      const now = services.now();

      const open = state.conversations.find((c) => c.id === state.activeConversationId);
      const all = open ? (state.messagesByConversation[open.id] ?? []) : [];
      const history = pathTo(buildTree(all), open?.activeLeafId);
      const conversation = open ?? startConversation(state, content, now);
      const createdAt = nextCreatedAt(all, now);
      const userMessage: Message = {
        id: newId(),
        conversationId: conversation.id,
        parentId: history.at(-1)?.id ?? null,
        role: "user",
        content,
        createdAt,
        status: "complete",
      };
      const reply = replyPlaceholder(userMessage, modelId, createdAt + 1);

      set({ activeConversationId: conversation.id });
      if (!open) get().clearDraftInstructions();
      await generateReply(
        { get, set, services },
        {
          modelId,
          conversation: { ...conversation, updatedAt: now, activeLeafId: reply.id },
          reply,
          history: [...history, userMessage],
          continuing: false,
          newMessages: [userMessage],
        },
      );
    },

    stopGenerating() {
      if (get().generation.status === "streaming") services.engine.interrupt();
    },
  });

/** A new conversation, titled from its first message, with the instructions set up before it existed. */
function startConversation(state: AppState, content: string, now: number): Conversation {
  return {
    id: newId(),
    title: titleFromFirstMessage(content),
    titled: true,
    createdAt: now,
    updatedAt: now,
    ...state.draftInstructions,
  };
}

/** Messages are ordered by createdAt in storage, so each one must be strictly later than every other. */
export function nextCreatedAt(messages: readonly Message[], now: number): number {
  return messages.reduce((latest, message) => Math.max(latest, message.createdAt + 1), now);
}

export function replyPlaceholder(parent: Message, modelId: string, createdAt: number): Message {
  return {
    id: newId(),
    conversationId: parent.conversationId,
    parentId: parent.id,
    role: "assistant",
    content: "",
    createdAt,
    status: "streaming",
    modelId,
  };
}
