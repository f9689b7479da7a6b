import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { cleanTitle, UNTITLED } from "./conversationTitle";

/** Strings rich in what titles must not show: direction controls, zero-width and blank characters. */
const tricky = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom(
        "\u200B",
        "\u200D",
        "\u202E",
        "\u202D",
        "\u2066",
        "\u2069",
        "\uFEFF",
        "\u3164",
        " ",
        "\n",
      ),
    ),
  )
  .map((parts) => parts.join(""));

describe("conversation titles (fuzz)", () => {
  it("always show something and never carry a direction override, embedding or isolate", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: "binary" })), (raw) => {
        const title = cleanTitle(raw);
        expect(title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(title).not.toMatch(/^[\s\p{Cc}\p{Cf}]*$/u);
        expect(title === UNTITLED || title.length <= raw.length).toBe(true);
        expect(cleanTitle(title)).toBe(title);
      }),
      fuzzParameters(),
    );
  });
});
