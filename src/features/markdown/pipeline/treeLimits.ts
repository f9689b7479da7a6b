/**
 * Limits on the trees a reply becomes, checked without recursion (a recursive walk is what overflowed).
 * boundMarkdown keeps block nesting shallow before parsing; inline nesting (emphasis in emphasis…) is only known
 * once parsed, so it is flattened here.
 */

/** Deepest node kept as such in the Markdown tree; what is deeper becomes its text. */
export const MAX_MARKDOWN_DEPTH = 64;
/** Nodes (elements and texts) one rendered chunk may hold: each costs the page time to create. */
export const MAX_RENDERED_NODES = 20_000;
/** Deepest element handed to the page (KaTeX nests a few levels per fraction). */
export const MAX_RENDERED_DEPTH = 512;

/** What the walks need of a unist node (mdast and hast alike). */
interface TreeNode {
  type: string;
  value?: unknown;
  children?: TreeNode[];
  position?: unknown;
}

/**
 * Replaces the children of every node at `maxDepth` by one text node holding their text. Returns whether
 * anything was flattened.
 */
export function flattenDeeperThan(root: TreeNode, maxDepth: number = MAX_MARKDOWN_DEPTH): boolean {
  let flattened = false;
  const pending: { node: TreeNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    if (!node.children) continue;
    if (depth >= maxDepth && node.children.length > 0) {
      node.children = [{ type: "text", value: textOf(node) }];
      flattened = true;
      continue;
    }
    for (const child of node.children) pending.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

/** All the text under a node, in document order. */
export function textOf(root: TreeNode): string {
  let text = "";
  const pending: TreeNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (typeof node.value === "string") text += node.value;
    if (node.children)
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
  }
  return text;
}

export interface TreeSize {
  nodes: number;
  depth: number;
}

/**
 * Counts a tree's nodes and depth, and drops their source positions on the way (the page does not need them,
 * and they would be copied to it with the tree).
 */
export function measureAndStrip(root: TreeNode): TreeSize {
  let nodes = 0;
  let deepest = 0;
  const pending: { node: TreeNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    nodes += 1;
    deepest = Math.max(deepest, depth);
    delete node.position;
    if (node.children) for (const child of node.children) pending.push({ node: child, depth: depth + 1 });
  }
  return { nodes, depth: deepest };
}
