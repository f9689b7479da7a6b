import type { Page } from "@playwright/test";
import { expect } from "./test";

/** A section's name in the Settings list, in English or Portuguese (as the page is shown). */
export type SettingsSection =
  | "Appearance"
  | "Default instructions"
  | "Conversations"
  | "Models"
  | "Privacy"
  | "Security"
  | "Aparência"
  | "Instruções padrão"
  | "Conversas"
  | "Modelos"
  | "Privacidade"
  | "Segurança";

export function settingsDialog(page: Page) {
  return page.getByRole("dialog", { name: /^(Settings|Configurações)$/ });
}

/**
 * Opens Settings from the sidebar (unless it is open already) and, given a section, brings it into view from
 * the section list. On a phone the sidebar is a drawer: it is opened first.
 */
export async function openSettings(page: Page, section?: SettingsSection): Promise<void> {
  const dialog = settingsDialog(page);
  if (!(await dialog.isVisible())) {
    const menu = page.getByRole("button", { name: /^(Open menu|Abrir menu)$/ });
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) === "false")
      await menu.click();
    await page.getByRole("button", { name: /^(Settings|Configurações)$/ }).click();
    await expect(dialog).toBeVisible();
  }
  if (section) {
    await dialog
      .getByRole("navigation", { name: /^(Settings sections|Seções das configurações)$/ })
      .getByRole("link", { name: section, exact: true })
      .click();
  }
}

/** Closes Settings if it is open, back to the page. */
export async function closeSettings(page: Page): Promise<void> {
  const dialog = settingsDialog(page);
  if (await dialog.isVisible()) {
    await dialog
      .getByRole("button", { name: /^(Close|Fechar)$/ })
      .first()
      .click();
  }
  await expect(dialog).toBeHidden();
}
