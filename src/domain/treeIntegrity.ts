import type { Conversation, Message } from "./conversation";

/**
 * The one definition of a valid conversation tree: every message belongs to the conversation, every parent
 * exists in it, following parents always ends at a first message (no loop), and the shown leaf, when one is
 * remembered, exists. Storage and files can break each rule (a record skipped as unreadable leaves its
 * replies without a parent; a hand-edited file can make a message answer itself), so conversations are
 * repaired here when they are read and when they are imported, and the user is told what changed.
 */
export interface TreeRepair {
  /** Messages whose parent was missing (or in another conversation), attached to the message before them. */
  reattached: number;
  /** Messages that closed a loop (answered themselves, or one of their own replies), cut out of it. */
  loopsCut: number;
  /** The shown version pointed at a message that does not exist; the newest one is shown instead. */
  leafReset: boolean;
  /** Messages left out: they belong to another conversation, or repeat another message's id. */
  leftOut: number;
}

export interface CheckedTree {
  conversation: Conversation;
  messages: Message[];
  /** Present only when something had to change; `changed` then holds the messages to write back. */
  repair?: TreeRepair & { changed: Message[] };
}

/**
 * Repairs what breaks the tree rules. `messages` oldest first (storage's order; ties keep their order).
 * A message whose parent is missing, or which closes a loop, is attached to the message created just before
 * the broken part (or becomes a first message when there is none), so a conversation with a lost message
 * reads on as one branch. Linear in the number of messages, whatever their links.
 */
export function checkTree(conversation: Conversation, messages: readonly Message[]): CheckedTree {
  const own = messages.filter((message) => message.conversationId === conversation.id);
  const byId = new Map<string, Message>();
  for (const message of own) if (!byId.has(message.id)) byId.set(message.id, message);
  const ordered = [...byId.values()];
  const position = new Map(ordered.map((message, index) => [message.id, index]));
  const parentOf = new Map(ordered.map((message) => [message.id, message.parentId]));
  const resolved = new Set<string>();
  let reattached = 0;
  let loopsCut = 0;

  for (const [index, first] of ordered.entries()) {
    if (resolved.has(first.id)) continue;
    // Everything before `first` is resolved, so the message just before it is a safe new parent.
    const safeParent = index > 0 ? ordered[index - 1]!.id : null;
    const walk: string[] = [];
    const onWalk = new Set<string>();
    let current: string | null = first.id;
    while (current !== null && !resolved.has(current)) {
      if (onWalk.has(current)) {
        // A loop: cut it at its oldest message.
        const loop = walk.slice(walk.indexOf(current));
        const oldest = loop.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
        parentOf.set(oldest, safeParent);
        loopsCut += 1;
        break;
      }
      walk.push(current);
      onWalk.add(current);
      const parent: string | null = parentOf.get(current)!;
      if (parent !== null && !byId.has(parent)) {
        parentOf.set(current, safeParent);
        reattached += 1;
        break;
      }
      current = parent;
    }
    for (const id of walk) resolved.add(id);
  }

  const changed = ordered.filter((message) => parentOf.get(message.id) !== message.parentId);
  const changedIds = new Set(changed.map((message) => message.id));
  const repairedMessages = ordered.map((message) =>
    changedIds.has(message.id) ? { ...message, parentId: parentOf.get(message.id)! } : message,
  );
  const leafReset = conversation.activeLeafId !== undefined && !byId.has(conversation.activeLeafId);
  const leftOut = messages.length - ordered.length;
  if (changed.length === 0 && !leafReset && leftOut === 0) return { conversation, messages: ordered };
  return {
    conversation: leafReset ? { ...conversation, activeLeafId: undefined } : conversation,
    messages: repairedMessages,
    repair: {
      reattached,
      loopsCut,
      leafReset,
      leftOut,
      changed: repairedMessages.filter((message) => changedIds.has(message.id)),
    },
  };
}

/** Whether a tree already keeps every rule (for tests and fuzzing: a repaired tree must). */
export function isValidTree(conversation: Conversation, messages: readonly Message[]): boolean {
  return checkTree(conversation, messages).repair === undefined;
}
