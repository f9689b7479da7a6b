import type { Page } from "@playwright/test";
import { composer, downloadPreselectedModel, openApp } from "./support/app";
import { openChatSettings } from "./support/chatSettings";
import { addCustomModel, TINY_LLAMA, openModelManager } from "./support/customModels";
import { rawStoredText } from "./support/rawDatabase";
import { expect, test } from "./support/test";
import { lockScreen, PASSPHRASE, setLock } from "./support/vault";
import { closeSettings, openSettings } from "./support/settings";

// Reproduction 5 (issue 10): with the lock on, what a person wrote in their settings must be as sealed
// on disk as their messages. Only what the lock screen needs stays readable (README lists it).

const PRESET_NAME = "Harbor counsel";
const PRESET_TEXT = "Review clause 7 of the Harbor Holdings merger before the board meets";
const MODEL_ID = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const MODEL_NAME = "Qwen2.5 0.5B Instruct (f32)";
/** Words of the person's that no one with the disk may read while the lock is on. */
const PERSONAL = ["Harbor", "clause 7", "Qwen2.5", "Tiny Llama", "someone/Tiny-Llama"];

async function savePreset(page: Page): Promise<void> {
  const settings = await openChatSettings(page);
  await settings.getByRole("textbox", { name: "Instructions for the model" }).fill(PRESET_TEXT);
  await settings.getByRole("button", { name: "Save as new preset" }).click();
  await settings.getByRole("textbox", { name: "Preset name" }).fill(PRESET_NAME);
  await settings.getByRole("button", { name: "Save preset" }).click();
  await expect(settings.getByRole("option", { name: `${PRESET_NAME} (yours)` })).toBeAttached();
  await settings.getByRole("button", { name: "Cancel" }).click();
}

test("with the lock on, the person's presets, own models and last model used are sealed on disk (reproduction 5)", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await openSettings(page);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("Dark");
  await closeSettings(page);
  await downloadPreselectedModel(page); // the last model used, and when, are remembered
  await savePreset(page);
  await addCustomModel(page);
  const before = await rawStoredText(page);
  for (const words of PERSONAL) expect(before, words).toContain(words);

  await setLock(page, true);
  const locked = await rawStoredText(page);
  for (const words of PERSONAL) expect(locked, `"${words}" readable while locked`).not.toContain(words);
  expect(locked).not.toContain(MODEL_ID);
  // What the lock screen needs stays readable: the theme (and the lock's own parameters).
  expect(locked).toContain('"setting:theme":"dark"');
  expect(locked).toContain('"setting:vault"');

  // After a restart: nothing personal is read before the passphrase; all of it is back after.
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  expect(await rawStoredText(page)).toBe(locked);
  await lockScreen(page).getByLabel("Passphrase").fill(PASSPHRASE);
  await lockScreen(page).getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText(`${MODEL_NAME} · ready`)).toBeVisible({ timeout: 15_000 });
  await expect(composer(page)).toBeEnabled();
  const settings = await openChatSettings(page);
  await settings.getByRole("combobox", { name: "Preset" }).selectOption({ label: `${PRESET_NAME} (yours)` });
  await expect(settings.getByRole("textbox", { name: "Instructions for the model" })).toHaveValue(
    PRESET_TEXT,
  );
  await settings.getByRole("button", { name: "Cancel" }).click();
  await openModelManager(page);
  await expect(page.getByRole("dialog", { name: "Model manager" })).toContainText(TINY_LLAMA.name);
  await page.getByRole("dialog", { name: "Model manager" }).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  // Turned off, everything is stored in the clear again.
  await setLock(page, false);
  const opened = await rawStoredText(page);
  for (const words of PERSONAL) expect(opened, words).toContain(words);
  expect(opened).not.toContain('"sealed"');
});
