/**
 * Messages sent while their model loads: who waits, for which model, and why a wait ends without a reply.
 * Pure: the chat slice keeps the list in memory and applies these rules as the app's state changes.
 */
import { buildTree, ancestry } from "../../../domain/messageTree";
import type { AppState } from "../../appState";
import type { ReplyJob } from "./generateReply";
import { nextCreatedAt, replyPlaceholder } from "./replyPlaceholder";

/** A saved user message that gets its reply as soon as `modelId` is ready. */
export interface WaitingMessage {
  conversationId: string;
  messageId: string;
  modelId: string;
}

/**
 * Why a message that waited was not answered, so it can say so and offer to answer later:
 * the user chose not to wait, the load failed or was stopped, another tab took the model, or the lock
 * closed (nothing is written into a locked store).
 */
export type WaitEndReason = "declined" | "load-failed" | "load-cancelled" | "other-tab" | "locked";

/** What a send (or "Answer") leads to now: a reply at once, a wait for the model loading, or nothing. */
export type ReplyTarget = { modelId: string; now: boolean } | undefined;

export function replyTarget(state: AppState): ReplyTarget {
  if (state.vaultStatus === "locked" || state.engineOwnership === "elsewhere") return undefined;
  if (state.engineOwnership === "taken-over") return undefined;
  const load = state.modelLoad;
  if (load.status === "ready") return { modelId: load.modelId, now: true };
  if (load.status === "loading") return { modelId: load.modelId, now: false };
  return undefined;
}

/**
 * The list with `entry` added last. One reply answers everything a conversation's user wrote while
 * waiting (a second message is saved after the first, so the model reads both), so a conversation keeps
 * only its latest waiting message.
 */
export function withWaiting(list: readonly WaitingMessage[], entry: WaitingMessage): WaitingMessage[] {
  return [...list.filter((waiting) => waiting.conversationId !== entry.conversationId), entry];
}

/** Why `waiting` can no longer be answered as promised, or undefined while it still can. */
export function waitEndReason(state: AppState, waiting: WaitingMessage): WaitEndReason | undefined {
  if (state.vaultStatus === "locked") return "locked";
  if (state.engineOwnership === "taken-over") return "other-tab";
  const load = state.modelLoad;
  if (load.status === "failed") return "load-failed";
  if (load.status === "idle" || load.modelId !== waiting.modelId) return "load-cancelled";
  return undefined;
}

/**
 * The reply to `messageId`, a user message of `conversationId` that nothing answers yet; undefined when the
 * conversation or the message is gone (deleted while it waited) or it was answered meanwhile, so a message
 * is never answered twice.
 */
export function replyJobFor(
  state: AppState,
  target: { conversationId: string; messageId: string; modelId: string },
  now: number,
): ReplyJob | undefined {
  const conversation = state.conversations.find((c) => c.id === target.conversationId);
  const messages = state.messagesByConversation[target.conversationId];
  if (!conversation || !messages) return undefined;
  const tree = buildTree(messages);
  const message = tree.byId.get(target.messageId);
  if (message?.role !== "user" || (tree.children.get(message.id)?.length ?? 0) > 0) return undefined;
  const reply = replyPlaceholder(message, target.modelId, nextCreatedAt(messages, now));
  return {
    modelId: target.modelId,
    conversation: { ...conversation, updatedAt: now, activeLeafId: reply.id },
    reply,
    history: ancestry(tree, message.id),
    continuing: false,
  };
}
