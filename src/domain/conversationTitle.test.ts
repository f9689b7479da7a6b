import { describe, expect, it } from "vitest";
import { cleanTitle, UNTITLED, visibleTitle } from "./conversationTitle";
import { checkConversation } from "./recordSchema";
import { titleFromFirstMessage } from "./conversation";

describe("conversation titles", () => {
  it.each([
    ["\u200B"],
    ["\u200B\u200C\u200D\u2060\uFEFF"],
    [" \u00AD \u200E\u200F "],
    ["\u202E"],
    ["\u3164\u2800"],
    ["\u0000\u0007"],
    [""],
  ])("a title that shows nothing (%j) falls back to the untitled name", (raw) => {
    expect(visibleTitle(raw)).toBeUndefined();
    expect(cleanTitle(raw)).toBe(UNTITLED);
  });

  it("drops direction overrides and isolates, so a title cannot reverse the text around it", () => {
    expect(cleanTitle("\u202Egpj.exe")).toBe("gpj.exe");
    expect(cleanTitle("Invoice \u2067draft\u2069 \u202Dfinal\u202C")).toBe("Invoice draft final");
  });

  it("keeps what shows: right-to-left words, accents and emoji joined with zero-width joiners", () => {
    expect(cleanTitle("שלום עולם")).toBe("שלום עולם");
    expect(cleanTitle("Reunião de família 👨\u200D👩\u200D👧")).toBe("Reunião de família 👨\u200D👩\u200D👧");
  });

  it("is applied when a stored or imported conversation is read", () => {
    const read = (title: string) =>
      checkConversation({ id: "c1", title, titled: true, createdAt: 1, updatedAt: 2 });
    expect(read("\u200B")).toMatchObject({ ok: true, value: { title: UNTITLED } });
    expect(read("\u202Etxt.sdrawkcab")).toMatchObject({ ok: true, value: { title: "txt.sdrawkcab" } });
  });

  it("gives an automatic title from a first message of invisible characters the untitled name", () => {
    expect(titleFromFirstMessage("\u200B\u200B\nreal question")).toBe(UNTITLED);
  });
});
