import type { AppState } from "../../appState";
import { replyTarget } from "./waitingMessages";

export const selectGeneration = (state: AppState) => state.generation;
export const selectIsStreaming = (state: AppState) => state.generation.status === "streaming";
/** The model a message waits for, or undefined when it does not wait. */
export const selectWaitingFor = (messageId: string) => (state: AppState) =>
  state.waitingMessages.find((waiting) => waiting.messageId === messageId)?.modelId;
/** Why a message that waited was not answered, if it did wait in this session. */
export const selectEndedWait = (messageId: string) => (state: AppState) => state.endedWaits[messageId];
/** What sending now leads to: "now" (the model is ready), "wait" (it loads) or "none" (no model). */
export const selectSendMode = (state: AppState): "now" | "wait" | "none" => {
  const target = replyTarget(state);
  return target === undefined ? "none" : target.now ? "now" : "wait";
};
