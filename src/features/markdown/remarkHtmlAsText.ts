import type { Nodes, Parents, Text } from "mdast";

/** Containers whose children are blocks: raw HTML found there becomes its own paragraph, elsewhere an inline span. */
const FLOW_PARENTS: ReadonlySet<string> = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * Remark plugin: every raw HTML node becomes literal text, so a reply can never inject markup.
 *
 * react-markdown already shows raw HTML as text by default, but doing it here, before remark-rehype, keeps the
 * guarantee even if a rehype plugin that parses raw HTML (e.g. rehype-raw) is ever added to the pipeline.
 * The text is wrapped in an element with class `md-raw-html` so CSS can keep its line breaks.
 */
export default function remarkHtmlAsText() {
  return (tree: Parents) => rewrite(tree);
}

function rewrite(parent: Parents): void {
  // Widened (arrays are covariant) so an html child can be swapped for a text node; every mdast parent that may
  // hold html may also hold text.
  const children: Nodes[] = parent.children;
  children.forEach((child, index) => {
    if (child.type === "html") {
      children[index] = literal(child.value, FLOW_PARENTS.has(parent.type) ? "p" : "span");
    } else if ("children" in child) {
      rewrite(child);
    }
  });
}

function literal(value: string, tagName: "p" | "span"): Text {
  // `hName`/`hProperties` tell remark-rehype to wrap the text in this element.
  return { type: "text", value, data: { hName: tagName, hProperties: { className: ["md-raw-html"] } } };
}
