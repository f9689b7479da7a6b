import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";

/**
 * Whether a .docx (a zip archive) inflates to more than `limitBytes`. Counted while inflating, a piece at a time
 * and stopped at the limit, before mammoth unpacks the XML whole: a few hundred kilobytes of crafted .docx can
 * inflate to gigabytes and take the worker (and the tab's memory) down with it. A damaged archive counts as
 * within the limit here; mammoth then reports it as damaged.
 */
export function unpacksPast(bytes: Uint8Array, limitBytes: number): boolean {
  let inflated = 0;
  let past = false;
  const unzip = new Unzip((entry) => {
    entry.ondata = (error, data) => {
      if (error || past) return;
      inflated += data.length;
      if (inflated > limitBytes) {
        past = true;
        entry.terminate();
      }
    };
    try {
      entry.start();
    } catch {
      // An entry fflate cannot inflate (an unknown method): mammoth will say the file is damaged.
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const piece = 1024 * 1024;
  try {
    for (let offset = 0; offset < bytes.length && !past; offset += piece) {
      unzip.push(bytes.subarray(offset, offset + piece), offset + piece >= bytes.length);
    }
  } catch {
    return past;
  }
  return past;
}
