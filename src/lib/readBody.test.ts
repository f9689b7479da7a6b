import { describe, expect, it } from "vitest";
import { countedBody } from "../test/countedBody";
import { announcedLength, readBody } from "./readBody";

describe("readBody", () => {
  it("reads a body whole when it stays within the limit, reporting the bytes as they come", async () => {
    const parts = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        parts.forEach((part) => controller.enqueue(part));
        controller.close();
      },
    });
    const seen: number[] = [];
    const read = await readBody(body, 6, (received) => seen.push(received));
    expect(read.complete && [...read.bytes]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual([2, 3, 6]);
  });

  it("stops at the chunk that passes the limit and cancels the rest, however long the body", async () => {
    const { body, pulled } = countedBody(200 * 1024 * 1024);
    expect(await readBody(body, 100 * 1024)).toEqual({ complete: false, receivedBytes: 128 * 1024 });
    expect(pulled.bytes).toBeLessThan(512 * 1024);
    expect(pulled.cancelled).toBe(true);
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
