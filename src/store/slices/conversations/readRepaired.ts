import type { Conversation, Message } from "../../../domain/conversation";
import { checkTree, type TreeRepair } from "../../../domain/treeIntegrity";
import type { AppServices } from "../../services";

/** A conversation whose stored tree was repaired on reading: the user is told once, in words. */
export interface RepairNotice {
  conversationId: string;
  title: string;
  repair: TreeRepair;
}

export interface RepairedRead {
  conversation: Conversation;
  messages: Message[];
  notice?: RepairNotice;
}

/**
 * Reads a conversation's messages and repairs what breaks the tree rules (treeIntegrity.ts), writing the repair
 * back at once, so the next read finds nothing to repair and the user hears about it only this time.
 */
export async function readRepaired(
  services: AppServices,
  conversation: Conversation,
  /** The repair could not be saved: it is still shown, and made again on the next read. */
  onSaveError: (error: unknown) => void,
): Promise<RepairedRead> {
  const stored = await services.conversations.getMessages(conversation.id);
  const checked = checkTree(conversation, stored);
  if (!checked.repair) return { conversation, messages: stored };
  const { changed, ...repair } = checked.repair;
  await services.conversations.saveConversationWithMessages(checked.conversation, changed).catch(onSaveError);
  return {
    conversation: checked.conversation,
    messages: checked.messages,
    notice: { conversationId: conversation.id, title: conversation.title, repair },
  };
}
