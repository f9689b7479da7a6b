import { composer, modelsRegion, openApp } from "./support/app";
import { expect, test } from "./support/test";

const MODELS = [
  { id: "Qwen2.5-0.5B-Instruct-q4f32_1-MLC", name: "Qwen2.5 0.5B Instruct (f32)" },
  { id: "Llama-3.2-1B-Instruct-q4f32_1-MLC", name: "Llama 3.2 1B Instruct (f32)" },
  { id: "Qwen2.5-0.5B-Instruct-q4f16_1-MLC", name: "Qwen2.5 0.5B Instruct" },
];

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

test("the model manager lists stored models with their exact sizes and deletes one, then all", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { downloadMs: 0 });
  // Two f32 models by download; SwiftShader cannot run f16, so the third is stored but never loaded.
  for (const model of MODELS.slice(0, 2)) {
    if (await composer(page).isVisible()) await page.getByRole("button", { name: "Change model" }).click();
    await modelsRegion(page).getByRole("radio", { name: model.name, exact: true }).check();
    await modelsRegion(page).getByRole("button", { name: `Download ${model.name}` }).click();
    await expect(page.getByText(`${model.name} · ready`)).toBeVisible({ timeout: 15_000 });
  }

  const startedAt = Date.now();
  await page.getByRole("button", { name: "Manage models" }).click();
  const manager = page.getByRole("dialog", { name: "Model manager" });
  const list = manager.getByRole("list", { name: "Stored models" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  test.info().annotations.push({ type: "list-2-models-ms", description: String(Date.now() - startedAt) });

  const bytes = (id: string) => modelHost!.modelBytes(id);
  for (const model of MODELS.slice(0, 2)) {
    const item = list.getByRole("listitem", { name: model.name, exact: true });
    await expect(item).toContainText(`${formatMiB(bytes(model.id))} · Complete · Last used just now`);
  }
  await expect(manager).toContainText(`2 models stored, ${formatMiB(bytes(MODELS[0]!.id) + bytes(MODELS[1]!.id))} in total`);
  await expect(manager.getByRole("region", { name: "Storage" })).toContainText(/This site uses [\d.]+ MB of the/);

  // Deleting asks first; "Keep" changes nothing.
  await list.getByRole("button", { name: `Delete ${MODELS[0]!.name}` }).click();
  const confirm = manager.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete ${MODELS[0]!.name} (${formatMiB(bytes(MODELS[0]!.id))})?`);
  await confirm.getByRole("button", { name: "Keep" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(2);

  await list.getByRole("button", { name: `Delete ${MODELS[0]!.name}` }).click();
  await manager.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(manager).toContainText(`1 model stored, ${formatMiB(bytes(MODELS[1]!.id))} in total`);

  // A reload finds the same: the deleted model is gone, the other one still complete.
  await page.reload();
  await page.getByRole("button", { name: "Manage models" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem", { name: MODELS[1]!.name })).toContainText("Complete");
  await manager.getByRole("button", { name: "Close" }).click();
  await expect(modelsRegion(page).getByText("Downloaded")).toHaveCount(0);
});

test("every stored model can be deleted at once, unloading the one in use", async ({ page }) => {
  await openApp(page, { downloadMs: 0 });
  for (const model of MODELS.slice(0, 2)) {
    if (await composer(page).isVisible()) await page.getByRole("button", { name: "Change model" }).click();
    await modelsRegion(page).getByRole("radio", { name: model.name, exact: true }).check();
    await modelsRegion(page).getByRole("button", { name: `Download ${model.name}` }).click();
    await expect(page.getByText(`${model.name} · ready`)).toBeVisible({ timeout: 15_000 });
  }
  const startedAt = Date.now();
  await page.getByRole("button", { name: "Manage models" }).click();
  const manager = page.getByRole("dialog", { name: "Model manager" });
  await expect(manager.getByRole("list", { name: "Stored models" }).getByRole("listitem")).toHaveCount(2);
  test.info().annotations.push({ type: "list-ms", description: String(Date.now() - startedAt) });

  await manager.getByRole("button", { name: "Delete all models" }).click();
  await expect(manager.getByRole("alertdialog")).toContainText("Delete all 2 models");
  await manager.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(manager.getByText("No models are stored in this browser.")).toBeVisible();
  await expect(manager).toContainText("0 models stored, 0 B in total");
  // The model in use was unloaded with its files: the chat asks for a model again.
  await manager.getByRole("button", { name: "Close" }).click();
  await expect(composer(page)).toBeHidden();
});

test("asking for persistent storage says what the browser answered", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Manage models" }).click();
  const storage = page.getByRole("dialog", { name: "Model manager" }).getByRole("region", { name: "Storage" });
  await expect(storage).toContainText("Storage is not persistent");
  await storage.getByRole("button", { name: "Ask the browser to keep models" }).click();
  await expect(storage.getByRole("status")).toContainText(/The browser (agreed|declined)/);
});
