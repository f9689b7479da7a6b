import { describe, expect, it } from "vitest";
import { splitMarkdownBlocks } from "./markdownBlocks";

describe("splitMarkdownBlocks", () => {
  it("splits paragraphs, headings and fences at blank lines, losing nothing", () => {
    const text = "# Title\n\nFirst paragraph\nstill first.\n\n- a\n- b\n\n```ts\nconst a = 1;\n```\n\nLast";
    const blocks = splitMarkdownBlocks(text);
    expect(blocks).toEqual([
      "# Title\n",
      "First paragraph\nstill first.\n\n- a\n- b\n",
      "```ts\nconst a = 1;\n```\n",
      "Last",
    ]);
    expect(blocks.join("\n")).toBe(text);
  });

  it("keeps blank lines inside a fence, even an unterminated one", () => {
    expect(splitMarkdownBlocks("```py\na = 1\n\nb = 2\n```\n\nDone")).toEqual([
      "```py\na = 1\n\nb = 2\n```\n",
      "Done",
    ]);
    expect(splitMarkdownBlocks("Intro\n\n~~~\ncode\n\nmore")).toEqual(["Intro\n", "~~~\ncode\n\nmore"]);
    // A shorter or different fence does not close it.
    expect(splitMarkdownBlocks("````\n```\n\nstill code")).toHaveLength(1);
  });

  it("does not split where the next line may continue the block: loose lists, indented code, quotes", () => {
    expect(splitMarkdownBlocks("1. one\n\n2. two")).toHaveLength(1);
    expect(splitMarkdownBlocks("- item\n\n  continued")).toHaveLength(1);
    expect(splitMarkdownBlocks("Para\n\n    indented code")).toHaveLength(1);
    expect(splitMarkdownBlocks("> quote\n\n> more")).toHaveLength(1);
  });

  it("keeps a reply whole when it has definitions or HTML blocks that reach across blank lines", () => {
    expect(splitMarkdownBlocks("See [x].\n\nMore\n\n[x]: https://example.com")).toHaveLength(1);
    expect(splitMarkdownBlocks("Note[^1]\n\nText\n\n[^1]: The note.")).toHaveLength(1);
    expect(splitMarkdownBlocks("<pre>\n\n<b>x</b>\n</pre>\n\nafter")).toHaveLength(1);
    // Inside a fence these are code, not definitions.
    expect(splitMarkdownBlocks("```html\n<p>hi</p>\n```\n\nafter")).toHaveLength(2);
  });
});
