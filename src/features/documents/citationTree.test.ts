import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { withCitationLinks } from "./citationTree";

const paragraph = (...children: Root["children"]): Root => ({
  type: "root",
  children: [{ type: "element", tagName: "p", properties: {}, children: children as never }],
});
const text = (value: string) => ({ type: "text" as const, value });

describe("withCitationLinks", () => {
  it("turns each cited number into a citation element, one per number, leaving the rest as text", () => {
    const tree = withCitationLinks(paragraph(text("Serviced every 45 days [2, 3]. See [9].")), 3);
    const [p] = tree.children as Array<{ children: unknown[] }>;
    expect(p!.children).toEqual([
      text("Serviced every 45 days "),
      { type: "element", tagName: "cite", properties: { dataNumber: "2" }, children: [text("[2]")] },
      { type: "element", tagName: "cite", properties: { dataNumber: "3" }, children: [text("[3]")] },
      text(". See [9]."),
    ]);
  });

  it("leaves code and links alone, and does not change the tree it was given", () => {
    const code = { type: "element" as const, tagName: "code", properties: {}, children: [text("a[1]")] };
    const original = paragraph(code, text(" and [1]"));
    const before = structuredClone(original);
    const tree = withCitationLinks(original, 1);
    const [p] = tree.children as Array<{ children: unknown[] }>;
    expect(p!.children[0]).toEqual(code);
    expect(p!.children).toHaveLength(3);
    expect(original).toEqual(before);
  });
});
