/** How reading a response body ended: all of it, or stopped once more than the most allowed had arrived. */
export type BodyRead = { complete: true; bytes: Uint8Array } | { complete: false; receivedBytes: number };

/**
 * Reads a body whole unless more than `maxBytes` arrive: then it stops at that chunk and cancels the
 * stream, so a host that omits or lies about Content-Length can never make the app read (or hold in
 * memory) more than it chose to. `onRead` hears the running byte count after each chunk.
 */
export async function readBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onRead?: (receivedBytes: number) => void,
): Promise<BodyRead> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let receivedBytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    receivedBytes += value.byteLength;
    if (receivedBytes > maxBytes) {
      await reader.cancel();
      return { complete: false, receivedBytes };
    }
    chunks.push(value);
    onRead?.(receivedBytes);
  }
  const bytes = new Uint8Array(receivedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { complete: true, bytes };
}

/**
 * The body's length as the host announced it, or undefined: none sent, not a number, or the body is
 * compressed (Content-Length then counts the compressed bytes, not what reading the body yields).
 */
export function announcedLength(response: Response): number | undefined {
  if (response.headers.get("content-encoding")) return undefined;
  const header = response.headers.get("content-length");
  const length = header === null ? NaN : Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}
