import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { findCitations } from "../../domain/retrieval/citations";

/** Elements whose text is never a citation: code is code. */
const VERBATIM = new Set(["code", "pre", "a"]);

/** The element a citation becomes; MarkdownMessage renders it as a button that opens the passage. */
export const CITATION_TAG = "cite";

/**
 * The rendered reply with each `[n]` (1 ≤ n ≤ `sourceCount`) turned into a citation element, one per number
 * (`[2, 3]` becomes `[2][3]`). A new tree: renderings are shared and must not change.
 */
export function withCitationLinks(tree: Root, sourceCount: number): Root {
  return {
    ...tree,
    children: tree.children.flatMap((node) => transform(node, sourceCount)) as RootContent[],
  };
}

function transform(node: RootContent, sourceCount: number): RootContent[] {
  if (node.type === "text") return splitText(node, sourceCount);
  if (node.type !== "element" || VERBATIM.has(node.tagName)) return [node];
  const children = node.children.flatMap((child) => transform(child, sourceCount)) as ElementContent[];
  return [{ ...node, children }];
}

function splitText(node: Text, sourceCount: number): RootContent[] {
  const citations = findCitations(node.value, sourceCount);
  if (citations.length === 0) return [node];
  const parts: RootContent[] = [];
  let at = 0;
  for (const citation of citations) {
    if (citation.start > at) parts.push({ type: "text", value: node.value.slice(at, citation.start) });
    parts.push(...citation.numbers.map(citationElement));
    at = citation.end;
  }
  if (at < node.value.length) parts.push({ type: "text", value: node.value.slice(at) });
  return parts;
}

function citationElement(number: number): Element {
  return {
    type: "element",
    tagName: CITATION_TAG,
    properties: { dataNumber: String(number) },
    children: [{ type: "text", value: `[${number}]` }],
  };
}
