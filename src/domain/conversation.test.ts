import { describe, expect, it } from "vitest";
import { titleFromFirstMessage } from "./conversation";

describe("titleFromFirstMessage", () => {
  it("uses the first line, without Markdown marks", () => {
    expect(titleFromFirstMessage("# **Budget** for Q3\nsecond line")).toBe("Budget for Q3");
  });
  it("shortens long text at a word boundary", () => {
    const title = titleFromFirstMessage(
      "Summarise the attached contract and list every clause about termination fees",
    );
    expect(title).toBe("Summarise the attached contract and list every…");
    expect(title.length).toBeLessThanOrEqual(49);
  });
  it("falls back to New chat for blank text", () => {
    expect(titleFromFirstMessage("   \n ")).toBe("New chat");
  });
});
