import { turnsForReply } from "../../../domain/chatHistory";
import { budgetAfterOverflow, fitToContext, promptBudget } from "../../../domain/contextWindow";
import type { Conversation, Message } from "../../../domain/conversation";
import { classifyEngineError, type EngineError } from "../../../domain/engineError";
import type { ChatResult, GenerationStats } from "../../../domain/generation";
import type { ReplyFailure } from "../../../domain/replyFailure";
import { DEFAULT_GENERATION_SETTINGS } from "../../../domain/generationSettings";
import { EngineFailure } from "../../../services/engine/EngineClient";
import { createThinkingClock } from "../../../domain/thinking";
import { createFrameBatcher } from "../../../lib/frameBatcher";
import { throttle } from "../../../lib/throttle";
import type { AppServices } from "../../services";
import type { AppState } from "../../appState";
import { modelCard } from "../models/selectors";
import { withAttachedDocuments } from "../documents/documentTurns";

/**
 * How often a streaming reply is written to IndexedDB: a reload or a killed tab loses at most this much
 * text. Each write rewrites the whole reply, so this is a balance: one second keeps a 2,000-token reply at
 * 200 tokens/s to about a dozen writes while losing no more than a second of text.
 */
export const PERSIST_INTERVAL_MS = 1000;

/** Every catalog model has at least this window; a model missing from the catalog is assumed to have it. */
const FALLBACK_CONTEXT_WINDOW = 4096;

export interface ReplyJob {
  modelId: string;
  /** The conversation as it is saved when the reply starts (its active leaf already on the reply). */
  conversation: Conversation;
  /** The reply placeholder, status "streaming": empty for a new reply, or the text so far when continuing one. */
  reply: Message;
  /** The messages the reply follows, root first; when continuing, it ends with the reply as it was. */
  history: readonly Message[];
  continuing: boolean;
  /** Messages created along with this reply (the user's message): saved with it in one transaction. */
  newMessages?: readonly Message[];
}

interface StoreAccess {
  get(): AppState;
  set(partial: Partial<AppState>): void;
  services: AppServices;
}

/**
 * Streams one reply into `job.reply`: trims the history to the model's context window (keeping the
 * system prompt), sends it with the conversation's settings, and commits deltas once per frame and to
 * IndexedDB every PERSIST_INTERVAL_MS, never once per token. If the engine still finds the prompt too
 * long (the estimate was off), it trims harder and tries once more: that error never reaches the user.
 */
export async function generateReply({ get, set, services }: StoreAccess, job: ReplyJob): Promise<void> {
  const { conversation, modelId } = job;
  let reply = job.reply;
  set({ generation: { status: "streaming", conversationId: conversation.id, messageId: reply.id } });
  // The reply's start and its end are one transaction each.
  get().putConversationWithMessages(conversation, [...(job.newMessages ?? []), reply]);

  const persistPartial = throttle(() => get().putMessage(reply, true), PERSIST_INTERVAL_MS, services.now);
  const commitFrame = createFrameBatcher<string>(
    () => get().putMessage(reply, false),
    services.scheduleFrame,
    services.cancelFrame,
  );
  const thinkingClock = createThinkingClock(services.now(), {
    content: reply.content,
    seconds: reply.thinkingSeconds,
  });
  const onDelta = (delta: string) => {
    reply = { ...reply, content: reply.content + delta };
    // Only a delta ending a tag can open or close a thinking block: the reply is split no more often than that.
    const thinkingSeconds = delta.includes(">")
      ? thinkingClock.observe(reply.content, services.now())
      : undefined;
    if (thinkingSeconds) reply = { ...reply, thinkingSeconds };
    commitFrame.push(delta);
    persistPartial();
  };

  const settings = conversation.settings ?? DEFAULT_GENERATION_SETTINGS;
  const contextWindow = modelCard(get(), modelId)?.contextWindow ?? FALLBACK_CONTEXT_WINDOW;
  const conversationTurns = turnsForReply(job.history, conversation.systemPrompt, job.continuing);
  const { requiredTail } = conversationTurns;
  const textBefore = reply.content;
  const continued = job.continuing ? job.history.at(-1) : undefined;
  let budget = promptBudget(contextWindow, settings.maxTokens);
  try {
    const { turns, documents } = await withAttachedDocuments(
      get(),
      conversation.id,
      job.history,
      conversationTurns.turns,
      budget,
    );
    if (documents) reply = { ...reply, documents };
    for (let attempt = 1; ; attempt++) {
      const fit = fitToContext(turns, budget, requiredTail);
      if (!fit.ok) {
        throw new ReplyRefused({
          code: "message-too-long",
          estimatedTokens: fit.estimatedTokens,
          budget,
          maxReplyTokens: settings.maxTokens,
        });
      }
      reply = withOmitted(reply, fit.omitted);
      try {
        const result = await services.engine.chat(
          {
            modelId,
            messages: fit.turns,
            temperature: settings.temperature,
            topP: settings.topP,
            maxTokens: settings.maxTokens,
            presencePenalty: settings.presencePenalty,
            frequencyPenalty: settings.frequencyPenalty,
          },
          onDelta,
        );
        reply = finished(reply, result, continued?.stats);
        break;
      } catch (error) {
        const engineError = asEngineError(error);
        const nothingStreamed = reply.content === textBefore;
        if (engineError.kind !== "context-window-exceeded" || attempt > 1 || !nothingStreamed) throw error;
        budget = budgetAfterOverflow(engineError.message, {
          budget,
          estimatedTokens: fit.estimatedTokens,
          reservedForReply: settings.maxTokens,
        });
      }
    }
  } catch (error) {
    const failure = replyFailureOf(error);
    const engineError = failure ? undefined : asEngineError(error);
    // A continuation that failed keeps the text it had; only the new attempt failed.
    reply = {
      ...reply,
      status: continued ? continued.status : "error",
      failure,
      error: engineError?.message,
    };
    if (engineError?.kind === "device-lost") get().markModelLost(engineError);
  } finally {
    commitFrame.cancel();
    persistPartial.cancel();
    // The reply is over for the user (Send is back) only once it is stored: a tab closed or reloaded the moment
    // it ends must not lose its last words.
    await get().putConversationWithMessages(
      {
        ...(get().conversations.find((c) => c.id === conversation.id) ?? conversation),
        updatedAt: services.now(),
      },
      [reply],
    );
    set({ generation: { status: "idle" } });
  }
}

function asEngineError(error: unknown): EngineError {
  return error instanceof EngineFailure ? error.error : classifyEngineError(error);
}

/** Sigilo's own reasons for a failed reply; any other failure keeps the engine's text. */
function replyFailureOf(error: unknown): ReplyFailure | undefined {
  if (error instanceof ReplyRefused) return error.failure;
  const { kind, reason } = asEngineError(error);
  if (kind === "context-window-exceeded") return { code: "conversation-too-long" };
  if (reason?.code === "worker-stopped" || reason?.code === "engine-shut-down")
    return { code: "engine-stopped", cause: reason.code };
  return undefined;
}

function withOmitted(reply: Message, omitted: number): Message {
  return { ...reply, omittedMessages: omitted > 0 ? omitted : undefined };
}

/** A continued reply adds its new tokens to the ones written before. */
function finished(reply: Message, result: ChatResult, earlier: GenerationStats | undefined): Message {
  const stats =
    result.stats && earlier
      ? { ...result.stats, completionTokens: earlier.completionTokens + result.stats.completionTokens }
      : result.stats;
  return {
    ...reply,
    error: undefined,
    failure: undefined,
    status: result.finishReason === "abort" ? "stopped" : "complete",
    finishReason: result.finishReason,
    ...(stats ? { stats } : {}),
  };
}

/** Sigilo's own refusal to send a request, with the reason the interface puts into words. */
class ReplyRefused extends Error {
  constructor(readonly failure: ReplyFailure) {
    super(failure.code);
  }
}
