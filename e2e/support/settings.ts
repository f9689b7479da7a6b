import type { Page } from "@playwright/test";
import { expect } from "./test";

export type SettingsSection = "Appearance" | "Conversations" | "Models" | "Privacy" | "Security";

export function settingsDialog(page: Page) {
  return page.getByRole("dialog", { name: "Settings" });
}

/**
 * Opens Settings from the sidebar (unless it is open already) and, given a section, brings it into view from
 * the section list. On a phone the sidebar is a drawer: it is opened first.
 */
export async function openSettings(page: Page, section?: SettingsSection): Promise<void> {
  const dialog = settingsDialog(page);
  if (!(await dialog.isVisible())) {
    const menu = page.getByRole("button", { name: "Open menu" });
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false") await menu.click();
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await expect(dialog).toBeVisible();
  }
  if (section) {
    await dialog
      .getByRole("navigation", { name: "Settings sections" })
      .getByRole("button", { name: section })
      .click();
  }
}

/** Closes Settings if it is open, back to the page. */
export async function closeSettings(page: Page): Promise<void> {
  const dialog = settingsDialog(page);
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: "Close", exact: true }).click();
  await expect(dialog).toBeHidden();
}
