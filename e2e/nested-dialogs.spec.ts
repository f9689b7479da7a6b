import { openApp } from "./support/app";
import { openPrivacyPanel, privacyPanel } from "./support/privacy";
import { settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";

/* Escape closes the dialog in front, and only it: the ones behind stay as they were. */
test("Escape in a dialog opened from another closes only the one in front", async ({ page }) => {
  await openApp(page);
  await openPrivacyPanel(page);
  await privacyPanel(page).getByRole("button", { name: "Erase everything…" }).click();
  const erase = page.getByRole("dialog", { name: "Erase everything?" });
  await expect(erase).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(erase).toBeHidden();
  await expect(privacyPanel(page)).toBeVisible();
  await expect(settingsDialog(page)).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(privacyPanel(page)).toBeHidden();
  await expect(settingsDialog(page)).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(settingsDialog(page)).toBeHidden();
});
