import type { AppState } from "../appState";
import type { AppStore } from "../createAppStore";

/** Resolves once the store's state passes `test` (at once if it already does): waits on the state, not a time. */
export function untilState(store: AppStore, test: (state: AppState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((state) => {
      if (!test(state)) return;
      stop();
      resolve();
    });
  });
}
