import type { Element, Root, RootContent } from "hast";
import { beforeAll, describe, expect, it } from "vitest";
import { extrasFor, type LoadedExtras } from "../extras/loadExtras";
import { treeDepth } from "../testing/markdownTrees";
import type { RenderResult } from "./protocol";
import { MARKDOWN_LIMITS } from "./boundMarkdown";
import { renderMarkdown } from "./renderMarkdown";
import { MAX_MARKDOWN_DEPTH, MAX_RENDERED_NODES } from "./treeLimits";

let extras: LoadedExtras;
beforeAll(async () => {
  extras = await extrasFor("$x$\n```js\nx\n```");
});

function render(text: string): RenderResult {
  return renderMarkdown(text, "en", extras);
}

function formatted(text: string): Extract<RenderResult, { kind: "formatted" }> {
  const result = render(text);
  if (result.kind !== "formatted") throw new Error(`Not formatted: ${result.reason}`);
  return result;
}

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  const pending: (Root | RootContent)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "element" && node.tagName === tagName) found.push(node);
    if ("children" in node) pending.push(...node.children);
  }
  return found;
}

function textOf(tree: Root): string {
  let text = "";
  const pending: (Root | RootContent)[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "text") text += node.value;
    if ("children" in node)
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
  }
  return text;
}

/*
 * Every kind of hostile or runaway reply we know of: each is formatted (or, if its tree would be too large for
 * the page, refused as such), within limits, and says when part of it is shown as text. None may fail.
 */
describe("renderMarkdown on hostile replies", { timeout: 60_000 }, () => {
  it.each([
    ["5,000 nested quotes", `${">".repeat(5000)} deep`],
    ["3,000 nested list markers", `${"- ".repeat(3000)}deep`],
    ["emphasis nested 300 deep", `${"*a **a ".repeat(300)}b${" a** a*".repeat(300)}`],
    [
      "emphasis nested past the tree limit, within the marker budget",
      `${"*a _a ".repeat(80)}b${" a_ a*".repeat(80)}`,
    ],
    ["3,000 nested brackets", `${"[".repeat(3000)}a${"]".repeat(3000)}`],
    ["links in images in links", `${"[![".repeat(1000)}a${"](b)](c)".repeat(1000)}`],
    ["unclosed links", "[a](b".repeat(2000)],
    ["emphasis closers with no openers", "a_ ".repeat(5000)],
    ["strikethrough nested", `${"~~a ".repeat(1000)}b${" a~~".repeat(1000)}`],
    [
      "backtick runs of every length",
      Array.from({ length: 300 }, (_, index) => `e${"`".repeat(index + 1)}`).join(""),
    ],
    ["thousands of reference definitions and uses", `${"[x]: /url\n".repeat(2000)}${"[x]".repeat(2000)}`],
    ["HTML nested 5,000 deep (shown as text)", `${"<div>".repeat(5000)}x${"</div>".repeat(5000)}`],
    ["inline HTML nested 3,000 deep", `a ${"<span>".repeat(3000)}x${"</span>".repeat(3000)}`],
    ["an unclosed comment opened again and again", `</${"<!--".repeat(3000)}`],
    ["NUL and bidirectional overrides", "a\u0000b\u202ec ".repeat(3000)],
    ["a very long line", "word ".repeat(40_000)],
    [
      "code indented ever deeper",
      Array.from({ length: 500 }, (_, index) => `${" ".repeat(index)}code`).join("\n"),
    ],
  ])("%s", (_, text) => {
    const result = formatted(text);
    expect(treeDepth(result.tree)).toBeLessThan(MAX_MARKDOWN_DEPTH + 8);
  });

  it("says when part of a reply is shown as text, and not otherwise", () => {
    expect(formatted(`${">".repeat(5000)} deep`).limited).toBe(true);
    expect(formatted(`${"*a _a ".repeat(80)}b${" a_ a*".repeat(80)}`).limited).toBe(true);
    expect(formatted("# Title\n\n> quote\n\n- a\n  - b\n\n**bold** and $x^2$").limited).toBe(false);
  });

  it("keeps every word of a reply nested past the limit", () => {
    const text = textOf(formatted(`${"> ".repeat(100)}the bottom`).tree);
    expect(text).toContain("the bottom");
    expect(text.match(/>/g)).toHaveLength(100 - MARKDOWN_LIMITS.containerDepth);
  });

  it("shows a huge table in part, and one too wide as text", () => {
    const rows = formatted(`| a | b |\n|---|---|\n${"| 1 | 2 |\n".repeat(3000)}`);
    expect(rows.limited).toBe(true);
    expect(elements(rows.tree, "tr")).toHaveLength(MARKDOWN_LIMITS.tableCells / 2);
    const wide = formatted(`|${" a |".repeat(200)}\n|${"-|".repeat(200)}\n|${" 1 |".repeat(200)}`);
    expect(elements(wide.tree, "table")).toHaveLength(0);
  });

  it("refuses a tree too large for the page to build quickly", () => {
    const paragraphs = "[x](https://a.example)\n\n".repeat(Math.ceil(MAX_RENDERED_NODES / 3));
    expect(render(paragraphs)).toEqual({ kind: "plain", reason: "too-large" });
  });

  it("does not colour a code block too long to colour quickly, but shows it", () => {
    const code = "const a = 1;\n".repeat(3000);
    const result = formatted(`\`\`\`js\n${code}\`\`\``);
    expect(elements(result.tree, "code")[0]?.properties.className).toEqual(["language-js"]);
    expect(elements(formatted("```js\nconst a = 1;\n```").tree, "code")[0]?.properties.className).toContain(
      "hljs",
    );
  });
});

describe("renderMarkdown on hostile math", () => {
  it("shows a formula nested deeper than KaTeX should parse as its source", () => {
    const result = formatted(`$$\n${"{".repeat(5000)}x${"}".repeat(5000)}\n$$`);
    expect(result.limited).toBe(true);
    expect(elements(result.tree, "code")[0]?.properties.className).toEqual(["math-source"]);
    expect(formatted(`$${"\\frac{1}{".repeat(100)}2${"}".repeat(100)}$`).limited).toBe(true);
  });

  it("typesets ordinary math, and caps sizes and expansions", () => {
    const ordinary = formatted("$\\frac{1}{2}$ and $$\\sqrt{x}$$");
    expect(ordinary.limited).toBe(false);
    expect(ordinary.math).toBe(true);
    const sized = JSON.stringify(formatted("$\\rule{999em}{999em}$").tree);
    expect(sized).toContain("border-right-width:20em");
    expect(sized).not.toMatch(/:999em/);
    const looping = formatted("$\\def\\a{\\a\\a}\\a$");
    expect(JSON.stringify(looping.tree)).toContain("katex-error");
  });
});

describe("renderMarkdown on one-line display math", () => {
  const displayed = (text: string) =>
    elements(formatted(text).tree, "span").filter((span) =>
      (span.properties.className as string[] | undefined)?.includes("katex-display"),
    ).length;

  it("displays `$$…$$` on a line of its own, as it does `\\[…\\]` and a `$$` block", () => {
    expect(displayed("$$E = mc^2$$")).toBe(1);
    expect(displayed("Energy:\n\n$$E = mc^2$$\n\nwhere c is the speed of light.")).toBe(1);
    expect(displayed("\\[E = mc^2\\]")).toBe(1);
    expect(displayed("$$\nE = mc^2\n$$")).toBe(1);
    expect(displayed("  $$a$$  \n$$b$$")).toBe(2);
    expect(displayed("- $$x^2$$")).toBe(1);
  });

  it("keeps `$$…$$` inside a sentence, and single dollars, in the text", () => {
    expect(displayed("so $$x^2$$ grows")).toBe(0);
    expect(displayed("$x^2$")).toBe(0);
    expect(displayed("it costs $5 and $$")).toBe(0);
  });
});
