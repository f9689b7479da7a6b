import type { Message } from "../../../domain/conversation";
import { branchPosition, buildTree, pathTo, type BranchPosition } from "../../../domain/messageTree";
import type { AppState } from "../../appState";

/** A message on the shown branch, with where it stands among its versions. */
export interface ShownMessage {
  message: Message;
  version: BranchPosition;
}

const NOTHING_SHOWN: readonly ShownMessage[] = [];
let cached:
  { messages: readonly Message[]; leafId: string | undefined; shown: readonly ShownMessage[] } | undefined;

/**
 * The open conversation's shown branch, root first. Memoised on the message list and the active leaf,
 * so components get the same array until one of them changes (a streaming reply changes it once per frame).
 */
export const selectShownMessages = (state: AppState): readonly ShownMessage[] => {
  const conversation = state.conversations.find((c) => c.id === state.activeConversationId);
  const messages = conversation && state.messagesByConversation[conversation.id];
  if (!conversation || !messages) return NOTHING_SHOWN;
  const leafId = conversation.activeLeafId;
  if (cached?.messages === messages && cached.leafId === leafId) return cached.shown;
  const tree = buildTree(messages);
  const shown = pathTo(tree, leafId).map((message) => ({ message, version: branchPosition(tree, message) }));
  cached = { messages, leafId, shown };
  return shown;
};

/** Whether a message's actions can run: not while any reply is being written. */
export const selectCanActOnMessages = (state: AppState) => state.generation.status !== "streaming";
