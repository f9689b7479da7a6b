import { openApp } from "./support/app";
import { modelManager, openModelManager } from "./support/customModels";
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

test("closing Add a model with Escape leaves the model manager open", async ({ page }) => {
  await openApp(page);
  await openModelManager(page);
  await modelManager(page).getByRole("button", { name: "Add a model" }).click();
  const addModel = page.getByRole("dialog", { name: "Add a model" });
  await expect(addModel).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(addModel).toBeHidden();
  await expect(modelManager(page)).toBeVisible();
});
