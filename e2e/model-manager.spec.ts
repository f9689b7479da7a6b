import { composer, modelsRegion, openApp } from "./support/app";
import { expect, test } from "./support/test";
import { openModelManager } from "./support/customModels";
import { closeSettings } from "./support/settings";

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
  // SwiftShader has no shader-f16: the third (f16) model is downloaded through the explicit override.
  for (const [index, model] of MODELS.entries()) {
    if (await composer(page).isVisible()) await page.getByRole("button", { name: "Change model" }).click();
    const anyway = index === 2 ? " anyway" : "";
    if (anyway)
      await modelsRegion(page)
        .getByRole("checkbox", { name: /Let me try models marked/ })
        .check();
    await modelsRegion(page).getByRole("radio", { name: model.name, exact: true }).check();
    await modelsRegion(page)
      .getByRole("button", { name: `Download ${model.name}${anyway}` })
      .click();
    await expect(page.getByText(`${model.name} · ready`)).toBeVisible({ timeout: 15_000 });
  }

  const startedAt = Date.now();
  await openModelManager(page);
  const manager = page.getByRole("dialog", { name: "Model manager" });
  const list = manager.getByRole("list", { name: "Stored models" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  // Measured, not asserted (see npm run bench for speed): time to list and size 3 stored models.
  test.info().annotations.push({ type: "list-3-models-ms", description: String(Date.now() - startedAt) });

  const bytes = (id: string) => modelHost!.modelBytes(id);
  for (const model of MODELS) {
    const item = list.getByRole("listitem", { name: model.name, exact: true });
    await expect(item).toContainText(`${formatMiB(bytes(model.id))} · Complete · Last used just now`);
  }
  const total = MODELS.reduce((sum, model) => sum + bytes(model.id), 0);
  await expect(manager).toContainText(`3 models stored, ${formatMiB(total)} in total`);
  await expect(manager.getByRole("region", { name: "Storage" })).toContainText(
    /This site uses [\d.]+ MB of the/,
  );

  // Deleting asks first; "Keep" changes nothing.
  await list.getByRole("button", { name: `Delete ${MODELS[0]!.name}` }).click();
  const confirm = manager.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete ${MODELS[0]!.name} (${formatMiB(bytes(MODELS[0]!.id))})?`);
  await confirm.getByRole("button", { name: "Keep" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(3);

  await list.getByRole("button", { name: `Delete ${MODELS[0]!.name}` }).click();
  await manager.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(manager).toContainText(
    `2 models stored, ${formatMiB(bytes(MODELS[1]!.id) + bytes(MODELS[2]!.id))} in total`,
  );

  // A reload finds the same: the deleted model is gone, the others still complete.
  await page.reload();
  await openModelManager(page);
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem", { name: MODELS[1]!.name })).toContainText("Complete");
});

test("a model that does not fit in the storage left cannot be downloaded without an explicit override", async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.storage.estimate = async () => ({ usage: 0, quota: 100 * 1024 * 1024 });
  });
  await openApp(page, { downloadMs: 0 });
  const models = modelsRegion(page);
  await expect(models.getByRole("alert")).toHaveText("None of these models can run on this device.");
  await expect(models.getByRole("radio", { name: "Qwen2.5 0.5B Instruct (f32)" })).toBeDisabled();
  await expect(
    models.getByText(/Needs about 440 MB of storage, but the browser allows this site only 100 MB more/),
  ).toBeVisible();

  await models.getByRole("checkbox", { name: /Let me try models marked/ }).check();
  await models.getByRole("radio", { name: "Qwen2.5 0.5B Instruct (f32)" }).check();
  await expect(
    models.getByRole("button", { name: "Download Qwen2.5 0.5B Instruct (f32) anyway" }),
  ).toBeEnabled();
});

test("every stored model can be deleted at once, unloading the one in use", async ({ page }) => {
  await openApp(page, { downloadMs: 0 });
  for (const model of MODELS.slice(0, 2)) {
    if (await composer(page).isVisible()) await page.getByRole("button", { name: "Change model" }).click();
    await modelsRegion(page).getByRole("radio", { name: model.name, exact: true }).check();
    await modelsRegion(page)
      .getByRole("button", { name: `Download ${model.name}` })
      .click();
    await expect(page.getByText(`${model.name} · ready`)).toBeVisible({ timeout: 15_000 });
  }
  const startedAt = Date.now();
  await openModelManager(page);
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
  await closeSettings(page);
  await expect(composer(page)).toBeHidden();
});

test("asking for persistent storage says what the browser answered", async ({ page }) => {
  await openApp(page);
  await openModelManager(page);
  const storage = page
    .getByRole("dialog", { name: "Model manager" })
    .getByRole("region", { name: "Storage" });
  await expect(storage).toContainText("Storage is not persistent");
  await storage.getByRole("button", { name: "Ask the browser to keep models" }).click();
  await expect(storage.getByRole("status")).toContainText(/The browser (agreed|declined)/);
});
