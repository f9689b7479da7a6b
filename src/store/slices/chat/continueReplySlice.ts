import type { StateCreator } from "zustand";
import { canContinue, continuationTurns } from "../../../domain/continuation";
import type { Message } from "../../../domain/conversation";
import { classifyEngineError } from "../../../domain/engineError";
import { EngineFailure } from "../../../services/engine/EngineClient";
import { createFrameBatcher } from "../../../lib/frameBatcher";
import { throttle } from "../../../lib/throttle";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { PERSIST_INTERVAL_MS } from "./chatSlice";

export interface ContinueReplySlice {
  /** Asks the model to go on from a stopped or interrupted last reply, appending to the same message. */
  continueReply(messageId: string): Promise<void>;
}

export const createContinueReplySlice =
  (services: AppServices): StateCreator<AppState, [], [], ContinueReplySlice> =>
  (set, get) => ({
    async continueReply(messageId) {
      const state = get();
      const conversationId = state.activeConversationId;
      const messages = conversationId ? (state.messagesByConversation[conversationId] ?? []) : [];
      if (state.generation.status === "streaming" || state.modelLoad.status !== "ready") return;
      if (!conversationId || !canContinue(messages, messageId)) return;
      const modelId = state.modelLoad.modelId;
      const previous = messages.at(-1)!;
      let reply: Message = { ...previous, status: "streaming", modelId, finishReason: undefined };

      set({ generation: { status: "streaming", conversationId, messageId } });
      get().putMessage(reply, true);

      // As in sendMessage: the store hears of new text once per frame, IndexedDB every PERSIST_INTERVAL_MS.
      const persistPartial = throttle(() => get().putMessage(reply, true), PERSIST_INTERVAL_MS, services.now);
      const commitFrame = createFrameBatcher<string>(
        () => get().putMessage(reply, false),
        services.scheduleFrame,
        services.cancelFrame,
      );
      try {
        const result = await services.engine.chat(
          { modelId, messages: continuationTurns(messages) },
          (delta) => {
            reply = { ...reply, content: reply.content + delta };
            commitFrame.push(delta);
            persistPartial();
          },
        );
        const stats =
          result.stats && previous.stats
            ? {
                ...result.stats,
                completionTokens: previous.stats.completionTokens + result.stats.completionTokens,
              }
            : result.stats;
        reply = {
          ...reply,
          status: result.finishReason === "abort" ? "stopped" : "complete",
          finishReason: result.finishReason,
          ...(stats ? { stats } : {}),
        };
      } catch (error) {
        const engineError = error instanceof EngineFailure ? error.error : classifyEngineError(error);
        // What was written before stays: the reply goes back to how it ended, with the failure noted.
        reply = { ...reply, status: "error", error: engineError.message };
        if (engineError.kind === "device-lost") get().markDeviceLost(engineError);
      } finally {
        commitFrame.cancel();
        persistPartial.cancel();
        get().putMessage(reply, true);
        const conversation = get().conversations.find((c) => c.id === conversationId);
        if (conversation) get().putConversation({ ...conversation, updatedAt: services.now() });
        set({ generation: { status: "idle" } });
      }
    },
  });
