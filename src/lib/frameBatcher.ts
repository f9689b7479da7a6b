/**
 * Collects values and hands them over at most once per animation frame, so a reply
 * streaming hundreds of tokens per second costs one React commit per frame, not per token.
 */
export interface FrameBatcher<T> {
  push(value: T): void;
  /** Delivers whatever is pending right now (used when the stream ends). */
  flush(): void;
  cancel(): void;
}

export function createFrameBatcher<T>(
  deliver: (values: T[]) => void,
  scheduleFrame: (callback: () => void) => number = requestAnimationFrame,
  cancelFrame: (handle: number) => void = cancelAnimationFrame,
): FrameBatcher<T> {
  let pending: T[] = [];
  let handle: number | undefined;

  const flush = () => {
    if (handle !== undefined) cancelFrame(handle);
    handle = undefined;
    if (pending.length === 0) return;
    const values = pending;
    pending = [];
    deliver(values);
  };

  return {
    push(value) {
      pending.push(value);
      handle ??= scheduleFrame(flush);
    },
    flush,
    cancel() {
      if (handle !== undefined) cancelFrame(handle);
      handle = undefined;
      pending = [];
    },
  };
}
