import { describe, expect, it } from "vitest";
import { pageParagraphs, type PositionedText } from "./pageParagraphs";

/** A text item at baseline `y` in a 10-point font. */
const item = (str: string, y: number, hasEOL = false): PositionedText => ({
  str,
  transform: [10, 0, 0, 10, 50, y],
  height: 10,
  hasEOL,
});

describe("pageParagraphs", () => {
  it("joins the items of a line and breaks lines where pdf.js says", () => {
    expect(pageParagraphs([item("Hello ", 700), item("world", 700, true), item("again", 688)])).toEqual([
      "Hello world\nagain",
    ]);
  });

  it("breaks a line where the baseline moves even without an end-of-line mark", () => {
    expect(pageParagraphs([item("first line", 700), item("second line", 688)])).toEqual([
      "first line\nsecond line",
    ]);
  });

  it("keeps a superscript on its line", () => {
    expect(pageParagraphs([item("E = mc", 700), item("2", 703), item(" holds", 700)])).toEqual([
      "E = mc2 holds",
    ]);
  });

  it("starts a paragraph at a wide gap, at a blank line and where the text jumps up (a new column)", () => {
    const items = [
      item("Column one, paragraph one.", 700, true),
      item("Still paragraph one.", 688, true),
      item("Paragraph two after a gap.", 650, true),
      item(" ", 638, true),
      item("Paragraph three after a blank line.", 626, true),
      item("Column two starts at the top.", 700, true),
    ];
    expect(pageParagraphs(items)).toEqual([
      "Column one, paragraph one.\nStill paragraph one.",
      "Paragraph two after a gap.",
      "Paragraph three after a blank line.",
      "Column two starts at the top.",
    ]);
  });

  it("gives nothing for a page without text, and copes with items that have no height", () => {
    expect(pageParagraphs([])).toEqual([]);
    expect(pageParagraphs([item("  ", 700, true)])).toEqual([]);
    expect(
      pageParagraphs([{ str: "tiny", transform: [0, 0, 0, 0, 0, 0], height: 0, hasEOL: false }]),
    ).toEqual(["tiny"]);
  });
});
