import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import katex from "katex";
import type { VFile } from "vfile";
import { texNestingDepth } from "./texLimits";

/** Longest formula typeset; a longer one is shown as its source. */
const MAX_TEX_LENGTH = 4000;
/** Deepest nesting of groups (`{…}`, `\left…\right`, `\begin…\end`) typeset: KaTeX parses by recursion. */
const MAX_TEX_DEPTH = 24;
/** Largest size, in ems, a formula may ask for (`\rule{1e6em}{1e6em}` would cover the page). */
const MAX_TEX_SIZE_EM = 20;
/** Macro expansions per formula (`\def\a{\a\a}` would never end); KaTeX's default is 1,000. */
const MAX_TEX_EXPANSIONS = 500;

/**
 * Rehype plugin: typesets remark-math's `math-inline` / `math-display` elements (and ```math fences) with KaTeX.
 *
 * Like rehype-katex, but KaTeX's HTML is parsed by a JavaScript HTML parser rather than the browser's: parsing it
 * into a DOM (a <template> or DOMParser) trips the page's strict CSP on every `style` attribute KaTeX writes. As a
 * tree, those styles reach React as style objects, which the CSP allows.
 *
 * No `trust`: \href, \url and \includegraphics stay inert, so math cannot add links or load images. A formula past
 * the limits above, or one KaTeX fails on in any way, is shown as its source text, and the file is marked
 * `markdownLimited` so the reply can say so.
 */
export function rehypeKatexStrict() {
  return (tree: Root, file: VFile) => visit(tree, file);
}

function visit(parent: Root | Element, file: VFile): void {
  let index = 0;
  while (index < parent.children.length) {
    const child = parent.children[index]!;
    const typeset = child.type === "element" ? typesetIfMath(child, file) : undefined;
    if (typeset) {
      parent.children.splice(index, 1, ...(typeset as RootContent[] & ElementContent[]));
      index += typeset.length; // KaTeX's own output holds no more math to look at
    } else {
      if (child.type === "element") visit(child, file);
      index += 1;
    }
  }
}

function typesetIfMath(element: Element, file: VFile): ElementContent[] | undefined {
  const fencedCode = element.tagName === "pre" ? childCode(element) : undefined;
  if (fencedCode && classesOf(fencedCode).includes("language-math"))
    return render(toText(fencedCode), true, file);
  const classes = classesOf(element);
  if (classes.includes("math-display")) return render(toText(element, { whitespace: "pre" }), true, file);
  if (classes.includes("math-inline")) return render(toText(element, { whitespace: "pre" }), false, file);
  return undefined;
}

function render(tex: string, displayMode: boolean, file: VFile): ElementContent[] {
  if (tex.length <= MAX_TEX_LENGTH && texNestingDepth(tex) <= MAX_TEX_DEPTH) {
    try {
      const html = katex.renderToString(tex, {
        displayMode,
        throwOnError: false,
        strict: "ignore",
        output: "htmlAndMathml",
        maxSize: MAX_TEX_SIZE_EM,
        maxExpand: MAX_TEX_EXPANSIONS,
      });
      return fromHtml(html, { fragment: true }).children as ElementContent[];
    } catch {
      // Not a TeX error (those are shown in red by KaTeX itself): KaTeX itself failed. Show the source.
    }
  }
  file.data.markdownLimited = true;
  return [source(tex, displayMode)];
}

/** The formula as written, in code, between the dollars it was written with. */
function source(tex: string, displayMode: boolean): Element {
  const code: Element = {
    type: "element",
    tagName: "code",
    properties: { className: ["math-source"] },
    children: [{ type: "text", value: displayMode ? `$$\n${tex}\n$$` : `$${tex}$` }],
  };
  return displayMode ? { type: "element", tagName: "pre", properties: {}, children: [code] } : code;
}

function childCode(pre: Element): Element | undefined {
  return pre.children.find((child): child is Element => child.type === "element" && child.tagName === "code");
}

function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
