import { describe, expect, it } from "vitest";
import { chunkText, type StructuredText } from "../../../domain/retrieval/document";
import { extractHtml } from "../html/extractHtml";
import { decodeText } from "./decodeText";
import { extractMarkdown } from "./extractMarkdown";
import { extractDelimitedText, extractPlainText } from "./extractPlainText";

/** Each block as [heading path, text, heading?]. */
const outline = ({ text, blocks }: StructuredText) =>
  blocks.map((block) => [block.headingPath.join(" > "), chunkText(text, block), block.heading ?? false]);

describe("extractMarkdown", () => {
  it("files paragraphs under ATX and setext headings, keeping the marks in the text", () => {
    const markdown = [
      "# Contract",
      "",
      "Intro line one",
      "line two.",
      "",
      "Scope **of work**",
      "-----------------",
      "Work starts in May.",
      "",
      "### Deep ###",
      "Detail.",
      "# Annex",
      "Last.",
    ].join("\n");
    expect(outline(extractMarkdown(markdown))).toEqual([
      ["Contract", "# Contract", true],
      ["Contract", "Intro line one\nline two.", false],
      ["Contract > Scope of work", "Scope **of work**\n-----------------", true],
      ["Contract > Scope of work", "Work starts in May.", false],
      ["Contract > Scope of work > Deep", "### Deep ###", true],
      ["Contract > Scope of work > Deep", "Detail.", false],
      ["Annex", "# Annex", true],
      ["Annex", "Last.", false],
    ]);
  });

  it("keeps fenced code whole, with no headings inside it", () => {
    const markdown = "# Setup\n\n```sh\n# not a heading\n\nnpm install\n```\n\nDone.";
    expect(outline(extractMarkdown(markdown))).toEqual([
      ["Setup", "# Setup", true],
      ["Setup", "```sh\n# not a heading\n\nnpm install\n```", false],
      ["Setup", "Done.", false],
    ]);
  });

  it("takes a dash line after a blank line as a rule, not a heading", () => {
    expect(outline(extractMarkdown("Text\n\n---\n\nMore")).map(([, text]) => text)).toEqual([
      "Text",
      "---",
      "More",
    ]);
  });
});

describe("extractHtml", () => {
  it("reads what a reader sees, with h1–h6 as sections, and never the scripts or styles", () => {
    const html = `<!doctype html><html><head><title>Staff  handbook</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body>
      <nav><a href="/">Home</a></nav>
      <section><h1>Holidays</h1><p>Twenty days a year.</p><ul><li>Book early</li><li>Tell your manager</li></ul>
      <div><h2>Public holidays</h2><p>As the <b>city</b> sets them.</p></div></section>
      <p hidden>Secret draft</p><h1>Expenses</h1><table><tr><th>Item</th><th>Limit</th></tr>
      <tr><td><p>Meals</p></td><td>R$ 80</td></tr></table></body></html>`;
    const extracted = extractHtml(html);
    expect(extracted.title).toBe("Staff handbook");
    expect(outline(extracted)).toEqual([
      ["", "Home", false],
      ["Holidays", "Holidays", true],
      ["Holidays", "Twenty days a year.", false],
      ["Holidays", "Book early\nTell your manager", false],
      ["Holidays > Public holidays", "Public holidays", true],
      ["Holidays > Public holidays", "As the city sets them.", false],
      ["Expenses", "Expenses", true],
      ["Expenses", "Item | Limit\nMeals | R$ 80", false],
    ]);
    expect(extracted.text).not.toMatch(/alert|color|Secret/);
  });
});

describe("plain text, code and CSV", () => {
  it("splits plain text and code at blank lines", () => {
    expect(outline(extractPlainText("First paragraph\nstill first.\n \t\nSecond.\n\n\n"))).toEqual([
      ["", "First paragraph\nstill first.", false],
      ["", "Second.", false],
    ]);
  });

  it("gives every CSV row its header as the section, so chunks of rows keep their column names", () => {
    const { text, blocks } = extractDelimitedText("\nname,city\nAna,Recife\nBo,Porto\n");
    expect(blocks.map((block) => [block.headingPath, chunkText(text, block)])).toEqual([
      [["name,city"], "name,city"],
      [["name,city"], "Ana,Recife"],
      [["name,city"], "Bo,Porto"],
    ]);
  });

  it("does not make a huge first row a header", () => {
    const { blocks } = extractDelimitedText(`${"x,".repeat(400)}\n1,2`);
    expect(blocks.map((block) => block.headingPath)).toEqual([[], []]);
  });
});

describe("decodeText", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it("reads UTF-8 with or without a byte-order mark, and CRLF line ends", () => {
    expect(decodeText(new TextEncoder().encode("Ação\r\nfim\r"))).toBe("Ação\nfim\n");
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe("A");
  });

  it("reads UTF-16 with its byte-order mark", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0xe7, 0x00, 0x41, 0x00))).toBe("çA");
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0xe7, 0x00, 0x41))).toBe("çA");
  });

  it("falls back to Windows-1252 for old Western text files", () => {
    // "Ação" in Windows-1252. (Node decodes its 0x80–0x9F range as Latin-1, so "€" is checked in Chromium.)
    expect(decodeText(bytes(0x41, 0xe7, 0xe3, 0x6f))).toBe("Ação");
  });

  it("refuses binary bytes", () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toBeUndefined();
  });
});
