import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import type { StructuredText } from "../../../domain/retrieval/document";
import { collapseWhitespace, StructuredTextBuilder } from "../structuredTextBuilder";

const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Never shown by a browser, so never read (hast-util-to-text skips them too). */
const NOT_RENDERED = new Set(["head", "script", "style", "template", "noscript", "iframe", "object"]);

export interface ExtractedHtml extends StructuredText {
  title?: string;
}

/**
 * HTML as the text a reader sees (parsed, never rendered: nothing loads or runs), with its h1–h6 headings
 * as sections. Text between headings is laid out as the browser's innerText would (hast-util-to-text):
 * paragraphs and list items on lines of their own. A table is one block, a row a line, its cells
 * separated by " | " (as a Markdown table, which models read well), whatever paragraphs the cells hold.
 */
export function extractHtml(html: string): ExtractedHtml {
  try {
    return extractStructured(html);
  } catch (error) {
    // Parsing and walking a tree recurse once per level: tens of thousands of nested elements (a crafted page,
    // or a runaway export) overflow the stack. Such a file is still read, as flat text without its headings.
    if (error instanceof RangeError) return extractFlat(html);
    throw error;
  }
}

/** Tags that end a line of text where they open or close; every other tag is dropped where it stands. */
const BLOCK_TAGS = new Set(
  "p div li h1 h2 h3 h4 h5 h6 tr br hr blockquote section article header footer table ul ol dl dt dd pre".split(
    " ",
  ),
);
const TAG_NAME = /^<\/?([a-z][a-z0-9]*)/;

/**
 * The text of any HTML however deep, in one pass without recursion (and without regular expressions that could
 * backtrack over a crafted file): unrendered elements removed, block tags turned into paragraph breaks, other
 * tags dropped, then parsed once more (now a flat run of text) for its entities.
 */
function extractFlat(html: string): ExtractedHtml {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    const close = open < 0 ? -1 : html.indexOf(">", open + 1);
    if (close < 0) {
      parts.push(html.slice(at)); // no tag after this point: the rest is text
      break;
    }
    parts.push(html.slice(at, open));
    const name = TAG_NAME.exec(lower.slice(open, Math.min(close, open + 16)))?.[1];
    at = close + 1;
    if (name && NOT_RENDERED.has(name) && lower[open + 1] !== "/") {
      const end = lower.indexOf(`</${name}`, at);
      const endClose = end < 0 ? -1 : lower.indexOf(">", end);
      at = endClose < 0 ? html.length : endClose + 1; // an element never closed hides the rest, as in a browser
      parts.push(" ");
    } else if (name && BLOCK_TAGS.has(name)) {
      parts.push("\n\n");
    }
  }
  const flat = parts.join("").replace(/</g, "&lt;");
  const text = toText(fromHtml(`<pre>${flat}</pre>`, { fragment: true }));
  const builder = new StructuredTextBuilder();
  for (const paragraph of text.split(/\n[ \t]*\n/)) builder.paragraph(paragraph);
  return builder.build();
}

function extractStructured(html: string): ExtractedHtml {
  const tree = fromHtml(html);
  const builder = new StructuredTextBuilder();
  const holdsHeading = elementsHoldingHeadings(tree);

  const addText = (nodes: ElementContent[]) => {
    if (nodes.length === 0) return;
    const text = toText({ type: "element", tagName: "div", properties: {}, children: nodes });
    for (const paragraph of text.split(/\n[ \t]*\n/)) builder.paragraph(paragraph);
  };
  const walk = (children: readonly (RootContent | ElementContent)[]) => {
    let run: ElementContent[] = [];
    for (const child of children) {
      if (child.type === "doctype" || child.type === "comment") continue;
      if (child.type === "element" && NOT_RENDERED.has(child.tagName)) continue;
      if (child.type === "element" && child.tagName === "table") {
        addText(run);
        run = [];
        builder.paragraph(tableText(child));
        continue;
      }
      const level = child.type === "element" ? HEADING_LEVELS[child.tagName] : undefined;
      if (child.type === "element" && (level || holdsHeading.has(child))) {
        addText(run);
        run = [];
        if (level) builder.heading(toText(child), level);
        else walk(child.children);
      } else {
        run.push(child);
      }
    }
    addText(run);
  };
  walk(tree.children);

  const title = documentTitle(tree);
  return { ...builder.build(), ...(title ? { title } : {}) };
}

function tableText(table: Element): string {
  const rows: string[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== "element" || child.tagName === "table") continue;
      if (child.tagName === "tr") {
        const cells = child.children.filter(
          (cell): cell is Element =>
            cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th"),
        );
        rows.push(cells.map((cell) => collapseWhitespace(toText(cell))).join(" | "));
      } else {
        visit(child);
      }
    }
  };
  visit(table);
  return rows.join("\n");
}

/** The elements with a heading somewhere inside, found in one pass. */
function elementsHoldingHeadings(tree: Root): Set<Element> {
  const holders = new Set<Element>();
  const visit = (node: Root | Element): boolean => {
    let found = false;
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (visit(child) || HEADING_LEVELS[child.tagName]) found = true;
    }
    if (found && node.type === "element") holders.add(node);
    return found;
  };
  visit(tree);
  return holders;
}

function documentTitle(tree: Root): string | undefined {
  let title: string | undefined;
  const find = (node: Root | Element) => {
    for (const child of node.children) {
      if (title !== undefined || child.type !== "element") continue;
      if (child.tagName === "title") title = collapseWhitespace(toText(child));
      else if (child.tagName === "head" || child.tagName === "html") find(child);
    }
  };
  find(tree);
  return title || undefined;
}
