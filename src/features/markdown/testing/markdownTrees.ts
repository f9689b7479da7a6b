import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

/** The Markdown tree the worker's parser makes of `text` (GFM and math, as replies are read). */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

interface Node {
  type: string;
  children?: Node[];
}

const CONTAINERS = new Set(["blockquote", "listItem", "footnoteDefinition"]);

/** How many block quotes, list items and footnote definitions the deepest point of the tree is inside. */
export function containerDepth(root: Node): number {
  return deepest(root, (node) => CONTAINERS.has(node.type));
}

/** How many nodes deep the tree goes. */
export function treeDepth(root: Node): number {
  return deepest(root, () => true);
}

function deepest(root: Node, counts: (node: Node) => boolean): number {
  let max = 0;
  const pending: [Node, number][] = [[root, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    const here = depth + (node !== root && counts(node) ? 1 : 0);
    max = Math.max(max, here);
    for (const child of node.children ?? []) pending.push([child, here]);
  }
  return max;
}
