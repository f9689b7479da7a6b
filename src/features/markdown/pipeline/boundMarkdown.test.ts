import { describe, expect, it } from "vitest";
import { containerDepth, parseMarkdown } from "../testing/markdownTrees";
import { boundMarkdown, MARKDOWN_LIMITS } from "./boundMarkdown";

const LIMIT = MARKDOWN_LIMITS.containerDepth;

/** The text without what boundMarkdown may add (backslashes and line breaks): nothing else may differ. */
function stripped(text: string): string {
  return text.replace(/[\\\n]/g, "");
}

function staircase(lines: number, line: (index: number) => string): string {
  return Array.from({ length: lines }, (_, index) => line(index)).join("\n");
}

describe("boundMarkdown: nesting", () => {
  it.each([
    ["5,000 quotes", `${">".repeat(5000)} deep`],
    ["spaced quotes", `${"> ".repeat(3000)}deep`],
    ["3,000 list markers on one line", `${"- ".repeat(3000)}deep`],
    ["numbered list markers", `${"1. ".repeat(2000)}deep`],
    ["star bullets", `${"* ".repeat(2000)}deep`],
    ["quotes in lists in quotes", `${"> - ".repeat(1000)}deep`],
    ["an indented staircase of lists", staircase(300, (index) => `${"  ".repeat(index)}- step ${index}`)],
    ["a staircase of numbered lists", staircase(300, (index) => `${"   ".repeat(index)}1. step ${index}`)],
    ["a staircase indented with tabs", staircase(200, (index) => `${"\t".repeat(index)}- step ${index}`)],
    ["lists of quotes", staircase(200, (index) => `${"  ".repeat(index)}- > step ${index}`)],
    [
      "nested footnote definitions",
      `${staircase(100, (index) => `${"    ".repeat(index)}[^n${index}]: note`)}\n\nx[^n0]`,
    ],
    ["quotes deepening with lazy lines between", staircase(300, (index) => `${"> ".repeat(index)}a\nlazy`)],
    ["one more quote per line", staircase(300, (index) => `${">".repeat(index)} line`)],
  ])("keeps %s within the limit, losing no character", (_, text) => {
    const bounded = boundMarkdown(text);
    expect(bounded.limited).toBe(true);
    expect(containerDepth(parseMarkdown(bounded.text))).toBeLessThanOrEqual(LIMIT);
    expect(stripped(bounded.text)).toBe(stripped(text));
  });

  it("shows what is past the limit as text", () => {
    const bounded = boundMarkdown(`${">".repeat(20)} deep`);
    expect(bounded.text).toBe(`${">".repeat(LIMIT)}\\${">".repeat(20 - LIMIT)} deep`);
    expect(boundMarkdown(`${"- ".repeat(20)}deep`).text).toBe(
      `${"- ".repeat(LIMIT)}\\${"- ".repeat(20 - LIMIT)}deep`,
    );
    expect(boundMarkdown(`${"1. ".repeat(20)}x`).text).toBe(
      `${"1. ".repeat(LIMIT)}1\\. ${"1. ".repeat(19 - LIMIT)}x`,
    );
  });

  it("leaves nesting up to the limit, and everything else within limits, exactly as written", () => {
    const texts = [
      `${">".repeat(LIMIT)} as deep as allowed`,
      staircase(LIMIT, (index) => `${"  ".repeat(index)}- level ${index + 1}`),
      "# Title\n\n> quote\n> - a\n>   - b\n>\n> after\n\n1. one\n2. two\n   ```js\n   > not a quote\n   ```\n",
      "| a | b |\n|---|---|\n| *1* | `2` |\n\n$$\nx_1 > y\n$$\n\n- - -\n\n* * *\n\nText\n---\n",
      "Para\n- item\n\n2. not a list inside a paragraph\n\nterm\n    indented code\n\n<div>\n> html\n</div>",
      "\t- tab\n\t\t- tab tab\n\n[^1]: a note\n    still the note\n\nx[^1]",
    ];
    for (const text of texts) expect(boundMarkdown(text)).toEqual({ text, limited: false });
  });

  it("never touches code, however deep it looks", () => {
    const deep = ">".repeat(100);
    for (const text of [
      `\`\`\`\n${deep}\n${"- ".repeat(100)}\n\`\`\``,
      `~~~md\n${deep}\n~~~`,
      `- item\n\n      ${deep}`,
      `$$\n${deep}\n$$`,
    ]) {
      expect(boundMarkdown(text)).toEqual({ text, limited: false });
    }
  });

  it("ends a fence with its container, and counts what follows", () => {
    // A quoted line inside the quoted fence is code; the unquoted line ends the quote, and the fence with it.
    expect(boundMarkdown(`> \`\`\`\n> code\n${">".repeat(30)} code too`).limited).toBe(false);
    const bounded = boundMarkdown(`> \`\`\`\n> code\nplain\n\n${">".repeat(30)} deep`);
    expect(containerDepth(parseMarkdown(bounded.text))).toBeLessThanOrEqual(LIMIT);
    expect(bounded.limited).toBe(true);
  });
});

describe("boundMarkdown: inline markers", () => {
  it("makes markers past the budget of one paragraph plain characters", () => {
    const text = "a_ ".repeat(1500);
    const bounded = boundMarkdown(text);
    expect(bounded.limited).toBe(true);
    expect(bounded.text.match(/\\_/g)).toHaveLength(1500 - MARKDOWN_LIMITS.inlineMarkers);
    expect(stripped(bounded.text)).toBe(stripped(text));
  });

  it("counts each paragraph on its own, and does not count markers already escaped", () => {
    const paragraph = "*a* ".repeat(MARKDOWN_LIMITS.inlineMarkers / 2);
    expect(boundMarkdown(`${paragraph}\n\n${paragraph}`).limited).toBe(false);
    expect(boundMarkdown(`${paragraph}\n${paragraph}`).limited).toBe(true);
    expect(boundMarkdown(`${paragraph}${"\\* ".repeat(5000)}`).limited).toBe(false);
  });

  it("ends a paragraph past its length between two lines, so one paragraph is not parsed for ever", () => {
    const line = "word ".repeat(100);
    const text = Array.from({ length: 100 }, () => line).join("\n");
    const bounded = boundMarkdown(text);
    expect(bounded.limited).toBe(true);
    expect(parseMarkdown(bounded.text).children.length).toBeGreaterThan(1);
    expect(stripped(bounded.text)).toBe(stripped(text));
  });

  it("reads a lone carriage return as the end of a line, as the parser does", () => {
    const text = `\r${">".repeat(40)}\r${"- ".repeat(40)}x`;
    expect(containerDepth(parseMarkdown(boundMarkdown(text).text))).toBeLessThanOrEqual(LIMIT);
  });

  it("never escapes a marker twice (a second backslash would make it active again)", () => {
    const text = `${"x* ".repeat(MARKDOWN_LIMITS.inlineMarkers)}\n${"* ".repeat(30)}deep`;
    expect(boundMarkdown(text).text).not.toContain("\\\\");
  });
});

describe("boundMarkdown: tables", () => {
  it("ends a table past its cells, the rest of its rows shown as text", () => {
    const text = `| a | b |\n|---|---|\n${"| 1 | 2 |\n".repeat(30)}`;
    // Smaller limits than the app's, so the parse that checks the result stays quick.
    const bounded = boundMarkdown(text, { ...MARKDOWN_LIMITS, tableCells: 40 });
    expect(bounded.limited).toBe(true);
    const [table, ...rest] = parseMarkdown(bounded.text).children;
    expect(table?.type).toBe("table");
    // The header row and the rows that fit in 40 cells.
    expect(table && "children" in table ? table.children.length : 0).toBe(20);
    expect(rest.map((node) => node.type)).toEqual(["paragraph"]);
  });

  it("shows a table wider than the column limit as text", () => {
    const columns = MARKDOWN_LIMITS.tableColumns + 1;
    const text = `|${" a |".repeat(columns)}\n|${"-|".repeat(columns)}\n|${" 1 |".repeat(columns)}`;
    const bounded = boundMarkdown(text);
    expect(bounded.limited).toBe(true);
    expect(parseMarkdown(bounded.text).children.map((node) => node.type)).toEqual(["paragraph"]);
  });
});
