import type { Page } from "@playwright/test";

/** One state of the load panel as the user saw it: its heading, its figures line and its buttons. */
export interface LoadPanelState {
  heading: string;
  figures: string;
  buttons: string[];
}

/**
 * Records every state the "Model download" region goes through, from before the app's first script runs:
 * states that last a moment (a bar jumping back, a wrong button) are caught, which waiting for a text
 * cannot prove absent. Read it with `loadPanelStates`.
 */
export async function recordLoadPanel(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const states: string[] = [];
    Object.assign(window, { __loadPanelStates: states });
    const record = () => {
      const panel = document.querySelector(
        'section[aria-label="Model download"], section[aria-label="Download do modelo"]',
      );
      if (!panel) return;
      const state = JSON.stringify({
        heading: panel.querySelector("h2")?.textContent ?? "",
        figures: panel.querySelector("[aria-live]")?.textContent ?? "",
        buttons: Array.from(panel.querySelectorAll("button"), (button) => button.textContent ?? ""),
      });
      if (states.at(-1) !== state) states.push(state);
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export async function loadPanelStates(page: Page): Promise<LoadPanelState[]> {
  const states = await page.evaluate(
    () => (window as unknown as { __loadPanelStates: string[] }).__loadPanelStates,
  );
  return states.map((state) => JSON.parse(state) as LoadPanelState);
}

/** The percent a figures line starts with ("42% · …" → 42). */
export function percentOf(state: LoadPanelState): number {
  return Number(/^(\d+)%/.exec(state.figures)?.[1] ?? Number.NaN);
}
