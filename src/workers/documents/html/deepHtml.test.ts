import { describe, expect, it } from "vitest";
import { extractHtml } from "./extractHtml";

describe("extractHtml on deeply nested HTML", () => {
  it.each(["div", "ul><li", "blockquote", "b"])("reads 50,000 nested <%s> as flat text", (tag) => {
    const html =
      `<title>Deep</title><script>var hidden = 1;</script>` +
      `<${tag}>`.repeat(50_000) +
      `Fish &amp; chips<p>Second paragraph`;
    const { text } = extractHtml(html);
    expect(text).toContain("Fish & chips");
    expect(text).toContain("Second paragraph");
    expect(text).not.toContain("hidden");
    expect(text).not.toContain("<");
  });

  it("reads the flat text in one pass, even of angle brackets that never close or elements never ended", () => {
    const deep = "<div>".repeat(50_000);
    expect(extractHtml(`${deep}before${"<".repeat(300_000)} after`).text).toContain("before");
    expect(extractHtml(`${deep}shown<p>${"<script>".repeat(100_000)}hidden`).text).toBe("shown");
  });

  it("keeps headings and structure when the nesting is ordinary", () => {
    const { text, blocks } = extractHtml(`${"<div>".repeat(50)}<h2>Leave</h2><p>Ten days.</p>`);
    expect(text).toBe("Leave\n\nTen days.");
    expect(blocks.some((block) => block.heading)).toBe(true);
  });
});
