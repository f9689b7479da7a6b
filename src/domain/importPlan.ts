import type { SkippedContent } from "./chatgptExport";
import type { Conversation, Message } from "./conversation";
import type { ImportedConversation } from "./importValidation";
import type { TreeRepair } from "./treeIntegrity";

/** What is stored already, as far as an import needs to know. */
export interface StoredIds {
  /** Stored conversations among the file's, with their (stored) titles. */
  conversations: ReadonlyMap<string, { title: string }>;
  /** Every stored message id. */
  messages: ReadonlySet<string>;
  /** For each stored conversation among the file's, the ids of its stored messages. */
  messagesOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * What an import would do, shown to the user before anything changes. Existing conversations are never
 * overwritten: a conversation or message whose id is stored is left as it is; a file can only add conversations,
 * and add messages to conversations that are here (which the user sees, conversation by conversation, first).
 */
export interface ImportPlan {
  newConversations: { id: string; title: string; messages: number }[];
  /** Conversations already here that would gain messages (titles as stored here). */
  extended: { id: string; title: string; added: number }[];
  /** Conversations of the file that are stored already (left as they are, apart from the messages above). */
  conversationsAlreadyHere: number;
  /** Messages of the file stored already, in the same conversation: nothing to add. */
  messagesAlreadyHere: number;
  /** Messages not added because a different conversation here already has a message with their id. */
  clashing: number;
  /** Conversations whose message tree the file had broken, repaired on the way in. */
  repaired: { title: string; repair: TreeRepair }[];
  /** Present when the file is a ChatGPT export: what it held that is not imported (chatgptExport.ts). */
  chatGpt?: { skipped: SkippedContent };
  /** The records to save. */
  conversations: Conversation[];
  messages: Message[];
}

export function planImport(
  file: readonly ImportedConversation[],
  stored: StoredIds,
  chatGpt?: ImportPlan["chatGpt"],
): ImportPlan {
  const plan: ImportPlan = {
    newConversations: [],
    extended: [],
    conversationsAlreadyHere: 0,
    messagesAlreadyHere: 0,
    clashing: 0,
    repaired: [],
    ...(chatGpt && { chatGpt }),
    conversations: [],
    messages: [],
  };
  for (const { conversation, messages, repair } of file) {
    const here = stored.conversations.get(conversation.id);
    const storedHere = stored.messagesOf.get(conversation.id);
    const added: Message[] = [];
    for (const message of messages) {
      if (!stored.messages.has(message.id)) added.push(message);
      else if (storedHere?.has(message.id)) plan.messagesAlreadyHere += 1;
      else plan.clashing += 1;
    }
    plan.messages.push(...added);
    if (repair) plan.repaired.push({ title: conversation.title, repair });
    if (here) {
      plan.conversationsAlreadyHere += 1;
      if (added.length > 0)
        plan.extended.push({ id: conversation.id, title: here.title, added: added.length });
    } else {
      plan.conversations.push(conversation);
      plan.newConversations.push({ id: conversation.id, title: conversation.title, messages: added.length });
    }
  }
  return plan;
}

/** Whether the import would change anything at all. */
export function planChangesSomething(plan: ImportPlan): boolean {
  return plan.conversations.length > 0 || plan.messages.length > 0;
}
