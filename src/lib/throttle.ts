/**
 * Runs `task` at most once per `intervalMs`, always with the latest call's effect: the
 * first call runs at once, later ones are folded into one trailing run. `flush()` runs a
 * pending trailing call immediately (used at the end of a stream so nothing is lost).
 */
export interface Throttled {
  (): void;
  flush(): void;
  cancel(): void;
}

export function throttle(
  task: () => void,
  intervalMs: number,
  now: () => number = () => performance.now(),
): Throttled {
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    timer = undefined;
    lastRun = now();
    task();
  };

  const throttled = (() => {
    if (timer !== undefined) return;
    const wait = lastRun + intervalMs - now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  }) as Throttled;

  throttled.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  throttled.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
