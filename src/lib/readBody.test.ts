import { describe, expect, it } from "vitest";
import { announcedLength, readBody } from "./readBody";

/** A stream of `chunks` chunks of `size` bytes that counts how many were pulled, and whether it was cancelled. */
function counted(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(state.pulled));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe("readBody", () => {
  it("reads a body whole when it stays within the limit, reporting the bytes as they come", async () => {
    const { body } = counted(3, 4);
    const seen: number[] = [];
    const read = await readBody(body, 12, (received) => seen.push(received));
    expect(read.complete && [...read.bytes]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(seen).toEqual([4, 8, 12]);
  });

  it("stops at the chunk that passes the limit and cancels the rest, however long the body", async () => {
    const { body, state } = counted(1_000_000, 1024);
    expect(await readBody(body, 4096)).toEqual({ complete: false, receivedBytes: 5 * 1024 });
    expect(state.pulled).toBeLessThan(10);
    expect(state.cancelled).toBe(true);
  });
});

describe("announcedLength", () => {
  it("trusts only an uncompressed, numeric Content-Length", () => {
    const response = (headers: Record<string, string>) => new Response(null, { headers });
    expect(announcedLength(response({ "content-length": "123" }))).toBe(123);
    expect(announcedLength(response({}))).toBeUndefined();
    expect(announcedLength(response({ "content-length": "12abc" }))).toBeUndefined();
    expect(announcedLength(response({ "content-length": "-1" }))).toBeUndefined();
    expect(announcedLength(response({ "content-length": "10", "content-encoding": "gzip" }))).toBeUndefined();
  });
});
