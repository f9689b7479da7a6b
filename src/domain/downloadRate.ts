/**
 * Download speed and time left from a sliding window of (time, bytes) samples, so the
 * estimate follows the current speed without jumping with every progress report.
 */
export interface RateSample {
  atMs: number;
  bytes: number;
}

const WINDOW_MS = 5000;

export function addSample(samples: readonly RateSample[], sample: RateSample): RateSample[] {
  const kept = samples.filter((s) => sample.atMs - s.atMs <= WINDOW_MS && s.bytes <= sample.bytes);
  return [...kept, sample];
}

/** Bytes per second over the window, or undefined until there is enough to tell. */
export function bytesPerSecond(samples: readonly RateSample[]): number | undefined {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.atMs - first.atMs < 250) return undefined;
  return ((last.bytes - first.bytes) * 1000) / (last.atMs - first.atMs);
}

export function secondsLeft(
  bytesDone: number,
  bytesTotal: number,
  rate: number | undefined,
): number | undefined {
  if (!rate || rate <= 0 || bytesTotal <= bytesDone) return undefined;
  return (bytesTotal - bytesDone) / rate;
}
