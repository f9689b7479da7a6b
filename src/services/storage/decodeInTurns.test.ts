import { describe, expect, it } from "vitest";
import { DECODE_BATCH, decodeInTurns } from "./decodeInTurns";

describe("decoding a long list in turns", () => {
  it("decodes every record, in order, and lets other tasks run between batches", async () => {
    const records = Array.from({ length: DECODE_BATCH * 2 + 3 }, (_, index) => index);
    const ranBetween: number[] = [];
    let decodedSoFar = 0;
    // A task queued before decoding starts runs once the first batch is done, not after the whole list.
    setTimeout(() => ranBetween.push(decodedSoFar), 0);

    const decoded = await decodeInTurns(records, async (record) => {
      decodedSoFar += 1;
      return Number(record) * 2;
    });

    expect(decoded).toEqual(records.map((record) => record * 2));
    expect(ranBetween).toEqual([DECODE_BATCH]);
  });

  it("decodes a short list in one go", async () => {
    expect(await decodeInTurns([1, 2, 3], async (record) => String(record))).toEqual(["1", "2", "3"]);
  });
});
