import type { Page } from "@playwright/test";
import { expect } from "./test";
import { closeSettings, openSettings } from "./settings";

/** A model of the user's own, served by the fake model host like any repository. */
export const TINY_LLAMA = {
  name: "Tiny Llama",
  modelUrl: "https://huggingface.co/someone/Tiny-Llama-q4f32_1-MLC",
  libraryUrl: "https://raw.githubusercontent.com/someone/libs/main/Tiny-Llama-q4f32_1-webgpu.wasm",
};

export function modelManager(page: Page) {
  return page.getByRole("dialog", { name: "Model manager" });
}

/** Settings → Models → Manage models: the manager opens over Settings. */
export async function openModelManager(page: Page): Promise<void> {
  await openSettings(page, "Models");
  await page.getByRole("button", { name: "Manage models" }).click();
  await expect(modelManager(page)).toBeVisible();
}

/** Manage models → Add a model → check → add; leaves the manager and Settings closed and the model chosen in the picker. */
export async function addCustomModel(page: Page, model = TINY_LLAMA): Promise<void> {
  await openModelManager(page);
  await modelManager(page).getByRole("button", { name: "Add a model" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a model" });
  await dialog.getByRole("textbox", { name: "Name" }).fill(model.name);
  await dialog.getByRole("textbox", { name: "Model URL" }).fill(model.modelUrl);
  await dialog.getByRole("textbox", { name: "Model library URL" }).fill(model.libraryUrl);
  await dialog.getByRole("button", { name: "Check model" }).click();
  await dialog
    .getByRole("region", { name: "What was found" })
    .getByRole("button", { name: `Add ${model.name}` })
    .click();
  await expect(dialog).toHaveCount(0);
  await modelManager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
}
