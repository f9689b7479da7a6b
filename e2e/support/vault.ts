import type { Page } from "@playwright/test";
import { expect } from "./test";
import { closeSettings, openSettings } from "./settings";

export const PASSPHRASE = "tide pools at dawn";

/** Turns the lock on (with PASSPHRASE) or off from the Security dialog, and closes it. */
export async function setLock(page: Page, on: boolean): Promise<void> {
  await openSettings(page);
  await page.getByRole("button", { name: "Security" }).click();
  const dialog = page.getByRole("dialog", { name: "Security" });
  if (on) {
    await dialog.getByLabel("New passphrase").fill(PASSPHRASE);
    await dialog.getByLabel("Repeat passphrase").fill(PASSPHRASE);
    await dialog.getByRole("checkbox", { name: /cannot be recovered/ }).check();
    await dialog.getByRole("button", { name: "Turn on lock" }).click();
    await expect(dialog.getByRole("status")).toHaveText("The lock is on. Your conversations are encrypted.");
  } else {
    await dialog.getByLabel("Current passphrase").fill(PASSPHRASE);
    await dialog.getByRole("button", { name: "Turn off lock" }).click();
    await expect(dialog.getByRole("status")).toHaveText(
      "The lock is off. Conversations are stored unencrypted.",
    );
  }
  await dialog.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
}

export function lockScreen(page: Page) {
  return page.getByRole("main", { name: "Sigilo is locked" });
}
