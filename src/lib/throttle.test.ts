import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at once, then at most once per interval", () => {
    let runs = 0;
    const throttled = throttle(
      () => runs++,
      500,
      () => Date.now(),
    );
    for (let i = 0; i < 99; i++) {
      throttled();
      vi.advanceTimersByTime(10);
    }
    // 990 ms of calls: one at once, one at 500 ms, and one still pending for 1,000 ms.
    expect(runs).toBe(2);
    vi.advanceTimersByTime(500);
    expect(runs).toBe(3);
  });

  it("flush runs a pending call now; cancel drops it", () => {
    let runs = 0;
    const throttled = throttle(
      () => runs++,
      500,
      () => Date.now(),
    );
    throttled();
    throttled();
    throttled.flush();
    expect(runs).toBe(2);
    throttled();
    throttled.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
  });
});
