import type { Message } from "./conversation";

/**
 * A conversation is a tree of messages: each message answers its parent (`parentId`, null for the
 * first message). Editing a message or regenerating a reply adds a sibling instead of overwriting,
 * so every version is kept; the conversation remembers which leaf is shown (`activeLeafId`), and
 * the path from the root to that leaf is what the user sees and what the model is sent.
 *
 * Records are read from storage and files, so a "tree" here may hold a loop or a missing parent until
 * treeIntegrity.ts has repaired it: every walk below visits each message at most once, whatever the
 * records say, so none of them can hang the tab.
 */
export interface MessageTree {
  byId: ReadonlyMap<string, Message>;
  /** Children of each message (key null: the first messages), oldest first. */
  children: ReadonlyMap<string | null, readonly Message[]>;
}

/** `messages` must be oldest first, as storage returns them. */
export function buildTree(messages: readonly Message[]): MessageTree {
  const byId = new Map<string, Message>();
  const children = new Map<string | null, Message[]>();
  for (const message of messages) {
    byId.set(message.id, message);
    const siblings = children.get(message.parentId);
    if (siblings) siblings.push(message);
    else children.set(message.parentId, [message]);
  }
  return { byId, children };
}

/** The newest leaf below `fromId` (or `fromId` itself), following the newest child at each step. */
export function newestLeaf(tree: MessageTree, fromId: string | null): string | null {
  let current = fromId;
  const visited = new Set<string | null>([current]);
  for (;;) {
    const newest = tree.children.get(current)?.at(-1);
    // A loop (a message answering itself or one of its own replies) ends the walk where it closes.
    if (!newest || visited.has(newest.id)) return current;
    visited.add(newest.id);
    current = newest.id;
  }
}

/**
 * Root-to-leaf messages for the shown branch. Below `leafId` the newest continuation is followed, and an
 * unknown or missing leaf falls back to the newest branch, so a stale pointer still shows a whole branch.
 */
export function pathTo(tree: MessageTree, leafId: string | undefined): Message[] {
  const start = newestLeaf(tree, leafId !== undefined && tree.byId.has(leafId) ? leafId : null);
  return start === null ? [] : ancestry(tree, start);
}

/** The messages from the root down to `id`, inclusive; empty for an unknown id. */
export function ancestry(tree: MessageTree, id: string): Message[] {
  const path: Message[] = [];
  // The visited set guards against a cycle in hand-edited or corrupted records.
  const visited = new Set<string>();
  let current = tree.byId.get(id);
  while (current && !visited.has(current.id)) {
    visited.add(current.id);
    path.push(current);
    current = current.parentId === null ? undefined : tree.byId.get(current.parentId);
  }
  return path.reverse();
}

export interface BranchPosition {
  /** 1-based position among the message's versions (its siblings), oldest first. */
  index: number;
  count: number;
  previousId?: string;
  nextId?: string;
}

export function branchPosition(tree: MessageTree, message: Message): BranchPosition {
  const siblings = tree.children.get(message.parentId) ?? [message];
  const at = siblings.findIndex((sibling) => sibling.id === message.id);
  return {
    index: at + 1,
    count: siblings.length,
    previousId: siblings[at - 1]?.id,
    nextId: siblings[at + 1]?.id,
  };
}

/** The leaf to show after switching to another version: that version's newest continuation. */
export function leafForVersion(tree: MessageTree, versionId: string): string {
  return newestLeaf(tree, versionId) ?? versionId;
}

/**
 * The leaf to show so that `messageId` is on the shown branch (a search hit in an older version):
 * undefined when it is shown already or unknown, so the view stays as it is; else the newest
 * continuation of that message, as if the user had switched to its version.
 */
export function leafRevealing(
  tree: MessageTree,
  activeLeafId: string | undefined,
  messageId: string,
): string | undefined {
  if (!tree.byId.has(messageId)) return undefined;
  if (pathTo(tree, activeLeafId).some((message) => message.id === messageId)) return undefined;
  return leafForVersion(tree, messageId);
}

export interface Deletion {
  removedIds: string[];
  /** Messages whose parent changed because the message they answered was removed. */
  relinked: Message[];
  /** The leaf to show afterwards; undefined when no message is left. */
  activeLeafId: string | undefined;
}

/**
 * Deleting one version of a message (it has siblings) removes that version and everything that
 * followed it, like discarding a draft; the view moves to a neighbouring version. Deleting a message
 * that has no other version removes only that message: what followed it now follows its parent, so
 * the rest of the conversation stays.
 */
export function planDeletion(tree: MessageTree, id: string, activeLeafId: string | undefined): Deletion {
  const target = tree.byId.get(id);
  if (!target) return { removedIds: [], relinked: [], activeLeafId };
  const shownPath = pathTo(tree, activeLeafId);
  const shown = shownPath.some((message) => message.id === id);
  const leaf = shownPath.at(-1)?.id;
  const siblings = tree.children.get(target.parentId) ?? [];

  if (siblings.length > 1) {
    const removedIds = subtreeIds(tree, id);
    if (!shown) return { removedIds, relinked: [], activeLeafId: leaf };
    const at = siblings.findIndex((sibling) => sibling.id === id);
    const neighbour = siblings[at - 1] ?? siblings[at + 1];
    return { removedIds, relinked: [], activeLeafId: neighbour && leafForVersion(tree, neighbour.id) };
  }

  const relinked = (tree.children.get(id) ?? []).map((child) => ({ ...child, parentId: target.parentId }));
  const nextLeaf = leaf === id ? target.parentId : leaf;
  return { removedIds: [id], relinked, activeLeafId: nextLeaf ?? undefined };
}

function subtreeIds(tree: MessageTree, id: string): string[] {
  const ids = new Set<string>([id]);
  const pending = [id];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const child of tree.children.get(current) ?? []) {
      if (ids.has(child.id)) continue; // a loop: this message is already removed
      ids.add(child.id);
      pending.push(child.id);
    }
  }
  return [...ids];
}
