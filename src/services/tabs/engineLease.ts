/**
 * Only one tab runs the model at a time: a GPU rarely fits two copies, and two engines would fight over
 * it. The tab that holds the Web Lock "sigilo-engine" may load and run the model; another tab can take it
 * over (the holder is told, and must unload), and a tab without it gets it when the holder closes.
 */
export const ENGINE_LOCK_NAME = "sigilo-engine";

export interface EngineLease {
  /**
   * Takes the engine for this tab if no other tab has it, and says whether it did. Either way, from then on
   * `onChange` hears when this tab later gets it (the holder closed) or loses it (another tab took over).
   */
  claim(onChange: (held: boolean) => void): Promise<boolean>;
  /** Takes the engine from whichever tab has it. */
  takeOver(): Promise<void>;
}

export function createEngineLease(locks: LockManager | undefined = globalThis.navigator?.locks): EngineLease {
  // Without Web Locks (very old browsers) there is no way to coordinate: every tab may run the model.
  if (!locks) return { claim: async () => true, takeOver: async () => {} };

  let onChange: (held: boolean) => void = () => {};
  let waiting: AbortController | undefined;

  /** Resolves true once the lock is held (and keeps it until stolen or the tab closes), false if not granted. */
  function hold(options: LockOptions): Promise<boolean> {
    return new Promise((resolve) => {
      let granted = false;
      locks!
        .request(ENGINE_LOCK_NAME, options, (lock) => {
          if (!lock) return resolve(false);
          granted = true;
          resolve(true);
          return new Promise<never>(() => {});
        })
        .catch(() => {
          // Before the grant: our wait was called off. After it: another tab stole the lock.
          if (!granted) return resolve(false);
          onChange(false);
          waitForRelease();
        });
    });
  }

  function waitForRelease(): void {
    const controller = new AbortController();
    waiting = controller;
    void hold({ signal: controller.signal }).then((held) => {
      if (waiting === controller) waiting = undefined;
      if (held) onChange(true);
    });
  }

  return {
    async claim(listener) {
      onChange = listener;
      const held = await hold({ ifAvailable: true });
      if (!held) waitForRelease();
      return held;
    },

    async takeOver() {
      waiting?.abort();
      waiting = undefined;
      await hold({ steal: true });
    },
  };
}
