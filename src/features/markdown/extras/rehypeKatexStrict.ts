import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import katex from "katex";

/**
 * Rehype plugin: typesets remark-math's `math-inline` / `math-display` elements (and ```math fences) with KaTeX.
 *
 * Like rehype-katex, but KaTeX's HTML is parsed by a JavaScript HTML parser rather than the browser's: parsing it
 * into a DOM (a <template> or DOMParser) trips the page's strict CSP on every `style` attribute KaTeX writes. As a
 * tree, those styles reach React as style objects, which the CSP allows.
 *
 * No `trust`: \href, \url and \includegraphics stay inert, so math cannot add links or load images.
 */
export function rehypeKatexStrict() {
  return (tree: Root) => visit(tree);
}

function visit(parent: Root | Element): void {
  let index = 0;
  while (index < parent.children.length) {
    const child = parent.children[index]!;
    const typeset = child.type === "element" ? typesetIfMath(child) : undefined;
    if (typeset) {
      parent.children.splice(index, 1, ...(typeset as RootContent[] & ElementContent[]));
      index += typeset.length; // KaTeX's own output holds no more math to look at
    } else {
      if (child.type === "element") visit(child);
      index += 1;
    }
  }
}

function typesetIfMath(element: Element): ElementContent[] | undefined {
  const fencedCode = element.tagName === "pre" ? childCode(element) : undefined;
  if (fencedCode && classesOf(fencedCode).includes("language-math")) return render(toText(fencedCode), true);
  const classes = classesOf(element);
  if (classes.includes("math-display")) return render(toText(element, { whitespace: "pre" }), true);
  if (classes.includes("math-inline")) return render(toText(element, { whitespace: "pre" }), false);
  return undefined;
}

function render(tex: string, displayMode: boolean): ElementContent[] {
  const html = katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    strict: "ignore",
    output: "htmlAndMathml",
  });
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

function childCode(pre: Element): Element | undefined {
  return pre.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
}

function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
