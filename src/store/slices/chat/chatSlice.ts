import type { StateCreator } from "zustand";
import { chatTurnsFrom } from "../../../domain/chatHistory";
import { newId, titleFromFirstMessage, type Conversation, type Message } from "../../../domain/conversation";
import { classifyEngineError } from "../../../domain/engineError";
import { EngineFailure } from "../../../services/engine/EngineClient";
import { createFrameBatcher } from "../../../lib/frameBatcher";
import { throttle } from "../../../lib/throttle";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";

export type Generation =
  { status: "idle" } | { status: "streaming"; conversationId: string; messageId: string };

export interface ChatSlice {
  generation: Generation;
  sendMessage(text: string): Promise<void>;
  stopGenerating(): void;
}

/**
 * How often a streaming reply is written to IndexedDB: a reload loses at most this much text. Each write
 * rewrites the whole reply, so this keeps a 2,000-token reply at 50 tokens/s to ~15 writes (bench budget 20).
 */
export const PERSIST_INTERVAL_MS = 3000;

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

      const conversation = startOrContinue(state, content, now);
      const history = state.activeConversationId ? (state.messagesByConversation[conversation.id] ?? []) : [];
      // Messages are ordered by createdAt in storage, so each one must be strictly later than the last.
      const createdAt = Math.max(now, (history.at(-1)?.createdAt ?? 0) + 1);
      const userMessage: Message = {
        id: newId(),
        conversationId: conversation.id,
        role: "user",
        content,
        createdAt,
        status: "complete",
      };
      let reply: Message = {
        id: newId(),
        conversationId: conversation.id,
        role: "assistant",
        content: "",
        createdAt: createdAt + 1,
        status: "streaming",
        modelId,
      };

      set({
        activeConversationId: conversation.id,
        generation: { status: "streaming", conversationId: conversation.id, messageId: reply.id },
      });
      get().putConversationWithMessages(conversation, [userMessage, reply]);

      // Deltas reach the store once per frame and IndexedDB every PERSIST_INTERVAL_MS, never once per token.
      const persistPartial = throttle(() => get().putMessage(reply, true), PERSIST_INTERVAL_MS, services.now);
      const commitFrame = createFrameBatcher<string>(
        () => get().putMessage(reply, false),
        services.scheduleFrame,
        services.cancelFrame,
      );
      const onDelta = (delta: string) => {
        reply = { ...reply, content: reply.content + delta };
        commitFrame.push(delta);
        persistPartial();
      };

      try {
        const result = await services.engine.chat(
          { modelId, messages: chatTurnsFrom([...history, userMessage]) },
          onDelta,
        );
        reply = {
          ...reply,
          status: result.finishReason === "abort" ? "stopped" : "complete",
          finishReason: result.finishReason,
          ...(result.stats ? { stats: result.stats } : {}),
        };
      } catch (error) {
        const engineError = error instanceof EngineFailure ? error.error : classifyEngineError(error);
        reply = { ...reply, status: "error", error: engineError.message };
        if (engineError.kind === "device-lost") get().markDeviceLost(engineError);
      } finally {
        commitFrame.cancel();
        persistPartial.cancel();
        get().putConversationWithMessages(
          {
            ...(get().conversations.find((c) => c.id === conversation.id) ?? conversation),
            updatedAt: services.now(),
          },
          [reply],
        );
        set({ generation: { status: "idle" } });
      }
    },

    stopGenerating() {
      if (get().generation.status === "streaming") services.engine.interrupt();
    },
  });

/** The conversation a new message goes into: the open one, or a new one titled from the message. */
function startOrContinue(state: AppState, content: string, now: number): Conversation {
  const open = state.conversations.find((c) => c.id === state.activeConversationId);
  if (open) return { ...open, updatedAt: now };
  return { id: newId(), title: titleFromFirstMessage(content), titled: true, createdAt: now, updatedAt: now };
}
