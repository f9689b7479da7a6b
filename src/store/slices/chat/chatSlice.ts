import type { StateCreator } from "zustand";
import { selectNewChatInstructions } from "../instructions/selectors";
import { newId, titleFromFirstMessage, type Conversation, type Message } from "../../../domain/conversation";
import { buildTree, pathTo } from "../../../domain/messageTree";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { generateReply } from "./generateReply";
import { nextCreatedAt, replyPlaceholder } from "./replyPlaceholder";
import {
  replyJobFor,
  replyTarget,
  waitEndReason,
  withWaiting,
  type WaitEndReason,
  type WaitingMessage,
} from "./waitingMessages";

export type Generation =
  { status: "idle" } | { status: "streaming"; conversationId: string; messageId: string };

export interface ChatSlice {
  generation: Generation;
  /**
   * Messages sent while their model loads, oldest first, answered in that order once it is ready. Kept in
   * memory only: after a reload a waiting message is shown as not answered (with Answer), never answered
   * twice by two starts.
   */
  waitingMessages: WaitingMessage[];
  /** Why a wait ended without a reply, by message id, so the message can say it. */
  endedWaits: Record<string, WaitEndReason>;
  /** Sends at once when the model is ready; while it loads, saves the message and answers it when ready. */
  sendMessage(text: string): Promise<void>;
  /** Answers a user message of the open conversation that nothing answers (now, or once the model is ready). */
  answerMessage(messageId: string): Promise<void>;
  /** The user no longer wants a waiting message answered: it stays, not answered. */
  stopWaiting(messageId: string): void;
  stopGenerating(): void;
}

export const createChatSlice =
  (services: AppServices): StateCreator<AppState, [], [], ChatSlice> =>
  (set, get, api) => {
    const store = { get, set, services };

    function wait(entry: WaitingMessage): void {
      set({
        waitingMessages: withWaiting(get().waitingMessages, entry),
        endedWaits: withoutKey(get().endedWaits, entry.messageId),
      });
    }

    /** Answers the oldest waiting message; the next one starts when this reply ends (see the subscription). */
    async function answerNextWaiting(): Promise<void> {
      for (;;) {
        const state = get();
        const [next, ...rest] = state.waitingMessages;
        if (!next || state.generation.status !== "idle" || state.modelLoad.status !== "ready") return;
        set({ waitingMessages: rest });
        const job = replyJobFor(state, next, services.now());
        if (job) return generateReply(store, job);
      }
    }

    /** Ends every wait the app's state can no longer keep, and answers once the model is ready. */
    function followWaits(state: AppState, previous: AppState): void {
      if (state.waitingMessages.length === 0) return;
      const changed =
        state.modelLoad !== previous.modelLoad ||
        state.vaultStatus !== previous.vaultStatus ||
        state.engineOwnership !== previous.engineOwnership ||
        state.generation !== previous.generation ||
        state.waitingMessages !== previous.waitingMessages;
      if (!changed) return;
      const ended = state.waitingMessages.flatMap((waiting) => {
        const reason = waitEndReason(state, waiting);
        return reason ? [[waiting.messageId, reason] as const] : [];
      });
      if (ended.length > 0) {
        const endedIds = new Set(ended.map(([messageId]) => messageId));
        set({
          waitingMessages: state.waitingMessages.filter((waiting) => !endedIds.has(waiting.messageId)),
          endedWaits: { ...state.endedWaits, ...Object.fromEntries(ended) },
        });
        return;
      }
      // Out of the listener: the reply's first commits would otherwise nest inside this notification.
      queueMicrotask(() => void answerNextWaiting());
    }
    api.subscribe(followWaits);

    return {
      generation: { status: "idle" },
      waitingMessages: [],
      endedWaits: {},

      async sendMessage(text) {
        const state = get();
        const content = text.trim();
        const target = replyTarget(state);
        if (!content || state.generation.status === "streaming" || !target) return;
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

        set({ activeConversationId: conversation.id });
        if (!open) {
          get().clearDraftInstructions();
          await get().internal_adoptDraftDocuments(conversation.id);
        }
        if (!target.now) {
          // Saved like any message now, so neither a reload nor a failed load can lose it.
          get().putConversationWithMessages(
            { ...conversation, updatedAt: now, activeLeafId: userMessage.id },
            [userMessage],
          );
          wait({ conversationId: conversation.id, messageId: userMessage.id, modelId: target.modelId });
          return;
        }
        const reply = replyPlaceholder(userMessage, target.modelId, createdAt + 1);
        await generateReply(store, {
          modelId: target.modelId,
          conversation: { ...conversation, updatedAt: now, activeLeafId: reply.id },
          reply,
          history: [...history, userMessage],
          continuing: false,
          newMessages: [userMessage],
        });
      },

      async answerMessage(messageId) {
        const state = get();
        const target = replyTarget(state);
        const conversationId = state.activeConversationId;
        if (!target || !conversationId || state.generation.status === "streaming") return;
        const job = replyJobFor(
          state,
          { conversationId, messageId, modelId: target.modelId },
          services.now(),
        );
        if (!job) return;
        if (target.now) {
          set({ endedWaits: withoutKey(get().endedWaits, messageId) });
          await generateReply(store, job);
        } else {
          wait({ conversationId, messageId, modelId: target.modelId });
        }
      },

      stopWaiting(messageId) {
        const { waitingMessages, endedWaits } = get();
        if (!waitingMessages.some((waiting) => waiting.messageId === messageId)) return;
        set({
          waitingMessages: waitingMessages.filter((waiting) => waiting.messageId !== messageId),
          endedWaits: { ...endedWaits, [messageId]: "declined" },
        });
      },

      stopGenerating() {
        if (get().generation.status === "streaming") services.engine.interrupt();
      },
    };
  };

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

/** A new conversation, titled from its first message, with the instructions set up before it existed. */
function startConversation(state: AppState, content: string, now: number): Conversation {
  return {
    id: newId(),
    title: titleFromFirstMessage(content),
    titled: true,
    createdAt: now,
    updatedAt: now,
    ...selectNewChatInstructions(state),
  };
}
