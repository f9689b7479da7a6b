import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../../test/fuzz";
import { findCitations, findCitationsInReply } from "./citations";

/** Replies made of prose, brackets, numbers, code marks and the odd citation. */
const replies = fc.string({
  unit: fc.constantFrom(
    "[",
    "]",
    "(",
    ")",
    "^",
    "1",
    "2",
    "7",
    "0",
    ",",
    ";",
    "-",
    "–",
    " ",
    "\n",
    "`",
    "~",
    "a",
    "【",
    "】",
  ),
  maxLength: 200,
});

describe("citations in arbitrary replies", () => {
  it("are in order, inside the reply, bracketed, and name only existing passages", () => {
    fc.assert(
      fc.property(replies, fc.integer({ min: 0, max: 30 }), (reply, sourceCount) => {
        for (const citations of [
          findCitations(reply, sourceCount),
          findCitationsInReply(reply, sourceCount),
        ]) {
          let previousEnd = 0;
          for (const citation of citations) {
            expect(citation.start).toBeGreaterThanOrEqual(previousEnd);
            expect(citation.end).toBeLessThanOrEqual(reply.length);
            const text = reply.slice(citation.start, citation.end);
            expect(text).toMatch(/^(\[|【)[\s\S]*(\]|】)$/);
            expect(citation.numbers.length).toBeGreaterThan(0);
            expect(new Set(citation.numbers).size).toBe(citation.numbers.length);
            for (const number of citation.numbers) {
              expect(Number.isInteger(number) && number >= 1 && number <= sourceCount).toBe(true);
              expect(text).toMatch(/\d/);
            }
            previousEnd = citation.end;
          }
        }
        // Leaving code out can only remove citations.
        expect(findCitationsInReply(reply, sourceCount).length).toBeLessThanOrEqual(
          findCitations(reply, sourceCount).length,
        );
      }),
      fuzzParameters(),
    );
  });

  it("finds every citation written plainly between sentences", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.lorem({ maxCount: 5 }),
            fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 3 }),
          ),
        ),
        (parts) => {
          const reply = parts.map(([sentence, cited]) => `${sentence} [${cited.join(", ")}].`).join(" ");
          expect(findCitationsInReply(reply, 20).map((citation) => citation.numbers)).toEqual(
            parts.map(([, cited]) => [...new Set(cited)]),
          );
        },
      ),
      fuzzParameters(),
    );
  });
});
