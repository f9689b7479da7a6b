/**
 * A response body of `bytes` bytes, streamed in 64 KB chunks as a host would send it, that counts how
 * much of it the reader pulled: for tests that a reader stops early (a hostile host's endless body).
 */
export function countedBody(bytes: number, headers: HeadersInit = {}) {
  const pulled = { bytes: 0, cancelled: false };
  const chunk = new Uint8Array(64 * 1024);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= bytes) return controller.close();
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { pulled, body, response: () => new Response(body, { headers }) };
}
