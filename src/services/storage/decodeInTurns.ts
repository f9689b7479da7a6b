/** Records decoded in one task: 10,000 conversations decoded (and checked) at once held the page for ~150 ms. */
export const DECODE_BATCH = 500;

/**
 * Decodes `records` a batch at a time, letting the page handle input and paint between batches: a long history
 * is read without one long task. In order; a short list is decoded in one go, as before.
 */
export async function decodeInTurns<T>(
  records: readonly unknown[],
  decode: (record: unknown) => Promise<T>,
): Promise<T[]> {
  const decoded: T[] = [];
  for (let start = 0; start < records.length; start += DECODE_BATCH) {
    if (start > 0) await nextTask();
    decoded.push(...(await Promise.all(records.slice(start, start + DECODE_BATCH).map(decode))));
  }
  return decoded;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
