import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzParameters } from "../test/fuzz";
import { checkConversation, checkMessage } from "./recordSchema";
import { isMoment, LATEST_MOMENT } from "./moment";

const format = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Any number a record could hold: IndexedDB keeps NaN and Infinity, a file any double. */
const anyTime = fc.oneof(
  fc.double(),
  fc.constantFrom(1e300, -1e300, LATEST_MOMENT + 1, -LATEST_MOMENT - 1, Number.MAX_VALUE, -0),
);

describe("record times, whatever a file or storage holds", () => {
  it("are refused when not a number, and otherwise read back as a time every date format can show", () => {
    fc.assert(
      fc.property(anyTime, anyTime, (createdAt, updatedAt) => {
        const conversation = checkConversation({ id: "c", title: "t", titled: true, createdAt, updatedAt });
        const message = checkMessage({
          id: "m",
          conversationId: "c",
          parentId: null,
          role: "assistant",
          content: "x",
          createdAt,
          status: "complete",
        });
        const read = [conversation, message].flatMap((checked) => (checked.ok ? [checked.value] : []));
        if (!Number.isFinite(createdAt)) expect(read).toHaveLength(0);
        for (const record of read) {
          expect(isMoment(record.createdAt)).toBe(true);
          expect(() => format.format(record.createdAt)).not.toThrow();
          if ("updatedAt" in record) expect(() => format.format(record.updatedAt)).not.toThrow();
        }
        // Within the range, a time is kept exactly.
        if (isMoment(createdAt) && message.ok) expect(message.value.createdAt).toBe(createdAt);
      }),
      fuzzParameters(),
    );
  });
});
