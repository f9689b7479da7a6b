import fc from "fast-check";
import type { Element, Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { beforeAll, describe, expect, it } from "vitest";
import { fuzzParameters } from "../../../test/fuzz";
import { extrasFor, type LoadedExtras } from "../extras/loadExtras";
import { safeLinkHref } from "../safeUrl";
import { containerDepth, parseMarkdown, treeDepth } from "../testing/markdownTrees";
import { boundMarkdown, MARKDOWN_LIMITS } from "./boundMarkdown";
import { renderMarkdown } from "./renderMarkdown";
import { MAX_RENDERED_DEPTH } from "./treeLimits";

/*
 * Property-based tests of the Markdown pipeline: whatever a model (or a file) puts in a reply, rendering never
 * fails, nesting stays within its limits, nothing is lost, and nothing can load or link where it must not.
 */

/** Pieces of Markdown (and of what breaks Markdown parsers), to be strung together, often many times over. */
const PIECES = [
  ...[
    ">",
    "> ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "- [ ] ",
    "  ",
    "    ",
    "\t",
    "[^a]: ",
    "[^a]",
    "# ",
    "---",
    "===",
  ],
  ...[
    "```",
    "~~~",
    "$$",
    "$",
    "`",
    "*",
    "**",
    "_",
    "__",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "![",
    "|",
    "|---|",
    ":-:",
  ],
  ...[
    "](http://evil.example/x.png)",
    "](javascript:alert(1))",
    "[x]: http://evil.example",
    "<http://a.example>",
  ],
  ...[
    "<",
    "<script>",
    "</div>",
    "<div>",
    "<img src=x onerror=alert(1)>",
    "<!--",
    "-->",
    "<javascript:alert(1)>",
  ],
  ...["\\", "&amp;", "&#0;", "&copy;", "\u0000", "\r", "www.a.example", "mailto:a@b.example", "a@b.example"],
  ...[
    "\\frac{",
    "{",
    "}",
    "\\left(",
    "\\right)",
    "\\begin{matrix}",
    "\\end{matrix}",
    "\\(",
    "\\)",
    "\\[",
    "\\]",
  ],
  ...[
    "\\href{javascript:alert(1)}{x}",
    "\\includegraphics{http://evil.example/x.png}",
    "\\rule{999em}{999em}",
  ],
  ...["word", "two words", " ", "\n", "\n\n", "é", "😀", "\u202e"],
];

const piece = fc.constantFrom(...PIECES);
/** A piece written over and over: what a model stuck in a loop writes. */
const loop = fc.tuple(piece, fc.integer({ min: 2, max: 150 })).map(([text, times]) => text.repeat(times));
/** Lines starting with a random stack of container markers, some far deeper than allowed. */
const nestedLine = fc
  .tuple(
    fc.array(fc.constantFrom("> ", ">", "- ", "1. ", "* ", "  ", "    ", "\t", "[^n]: "), { maxLength: 40 }),
    fc.array(piece, { maxLength: 5 }),
  )
  .map(([prefix, content]) => prefix.join("") + content.join(""));

const markdown = fc.oneof(
  fc
    .array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: loop }), { maxLength: 30 })
    .map(joined),
  fc.array(nestedLine, { maxLength: 30 }).map((lines) => lines.join("\n")),
  fc.string({ maxLength: 300 }),
);

function joined(parts: string[]): string {
  return parts.join("");
}

/** Elements no reply may ever hold: they load, run or submit something. */
const FORBIDDEN = new Set(
  "script img iframe frame frameset object embed link meta style base form video audio source image use foreignObject".split(
    " ",
  ),
);
/** Properties that load or link something; `href` is checked on links, which alone may have it. */
const LOADING = new Set([
  "src",
  "srcSet",
  "poster",
  "action",
  "formAction",
  "xLinkHref",
  "background",
  "data",
]);

function expectSafe(tree: Root): void {
  const pending: (Root | Element)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    for (const child of node.children) if (child.type === "element") pending.push(child);
    if (node.type !== "element") continue;
    expect(FORBIDDEN.has(node.tagName), `<${node.tagName}>`).toBe(false);
    for (const name of Object.keys(node.properties)) {
      expect(/^on/i.test(name) || LOADING.has(name), `${node.tagName}.${name}`).toBe(false);
      if (name === "href") expect(node.tagName).toBe("a");
    }
    if (node.tagName === "a") {
      const href = String(node.properties.href);
      expect(safeLinkHref(href)).toBe(href);
      expect(node.properties.rel).toEqual(["noopener", "noreferrer", "nofollow"]);
    }
    if (node.tagName === "input") expect(node.properties).toMatchObject({ type: "checkbox", disabled: true });
  }
}

let extras: LoadedExtras;
beforeAll(async () => {
  // Highlighting and math, as the worker has them once a reply needed them.
  extras = await extrasFor("$x$ and\n```js\nx\n```\n```python\nx\n```");
});

describe("the Markdown pipeline, on any text", () => {
  it("bounds nesting before parsing, and only ever adds backslashes and line breaks", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const bounded = boundMarkdown(text);
        expect(containerDepth(parseMarkdown(bounded.text))).toBeLessThanOrEqual(
          MARKDOWN_LIMITS.containerDepth,
        );
        expect(bounded.text.replace(/[\\\n]/g, "")).toBe(text.replace(/[\\\n]/g, ""));
        expect(boundMarkdown(bounded.text).text).toBe(bounded.text);
      }),
      fuzzParameters(),
    );
  });

  it("renders a safe, bounded tree, which the page can turn into elements", () => {
    fc.assert(
      fc.property(markdown, fc.constantFrom("en" as const, "pt-BR" as const), (text, language) => {
        const result = renderMarkdown(text, language, extras);
        if (result.kind === "plain") {
          // Only for being too large for the page, never for failing.
          expect(result.reason).toBe("too-large");
          return;
        }
        expect(treeDepth(result.tree)).toBeLessThanOrEqual(MAX_RENDERED_DEPTH);
        expectSafe(result.tree);
        const html = renderToStaticMarkup(toJsxRuntime(result.tree, { Fragment, jsx, jsxs, passKeys: true }));
        expect(html).not.toMatch(/<(img|script|iframe)\b/i);
      }),
      fuzzParameters(),
    );
  });
});
