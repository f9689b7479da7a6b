import type { Page } from "@playwright/test";
import {
  assistantMessages,
  expectModelReady,
  modelsRegion,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";
import { openModelManager } from "./support/customModels";
import { closeSettings } from "./support/settings";

const NAME = "Tiny Llama";
const MODEL_URL = "https://huggingface.co/someone/Tiny-Llama-q4f32_1-MLC";
const LIBRARY_URL = "https://raw.githubusercontent.com/someone/libs/main/Tiny-Llama-q4f32_1-webgpu.wasm";

function manager(page: Page) {
  return page.getByRole("dialog", { name: "Model manager" });
}

function addDialog(page: Page) {
  return page.getByRole("dialog", { name: "Add a model" });
}

async function checkModel(page: Page, fields: { name?: string; modelUrl?: string; libraryUrl?: string }) {
  const dialog = addDialog(page);
  await dialog.getByRole("textbox", { name: "Name" }).fill(fields.name ?? NAME);
  await dialog.getByRole("textbox", { name: "Model URL" }).fill(fields.modelUrl ?? MODEL_URL);
  await dialog.getByRole("textbox", { name: "Model library URL" }).fill(fields.libraryUrl ?? LIBRARY_URL);
  await dialog.getByRole("button", { name: "Check model" }).click();
}

async function openAddDialog(page: Page) {
  await openModelManager(page);
  await manager(page).getByRole("button", { name: "Add a model" }).click();
}

test("a model added by URL shows what was found, downloads, chats, persists and can be removed", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { downloadMs: 0 });
  await openAddDialog(page);
  await checkModel(page, {});
  const found = addDialog(page).getByRole("region", { name: "What was found" });
  await expect(found).toContainText("Model typellama");
  await expect(found).toContainText("Quantizationq4f32_1");
  await expect(found).toContainText("Context window4,096 tokens");
  await expect(found).toContainText("in 8 files (4 weight shards)");
  await found.getByRole("button", { name: `Add ${NAME}` }).click();
  await expect(addDialog(page)).toHaveCount(0);
  await expect(manager(page).getByRole("list", { name: "Your models" }).getByRole("listitem")).toHaveText(
    new RegExp(NAME),
  );
  await manager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  // The new model is in the picker, chosen, and downloads from its own repository.
  await expect(modelsRegion(page).getByRole("radio", { name: NAME, exact: true })).toBeChecked();
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${NAME}` })
    .click();
  await expect(page.getByText(`${NAME} · ready`)).toBeVisible({ timeout: 15_000 });
  expect(modelHost!.requests).toContain(`${MODEL_URL}/resolve/main/params_shard_3.bin`);
  expect(modelHost!.requests).toContain(LIBRARY_URL);
  await sendMessage(page, "Hello, tiny model");
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);

  // It is remembered: after a reload it is loaded again from this browser.
  await page.reload();
  await expect(page.getByText(`${NAME} · ready`)).toBeVisible({ timeout: 15_000 });
  await expectModelReady(page);

  // Removing asks first, saying what goes: Cancel keeps the model and its files.
  await openModelManager(page);
  await expect(manager(page).getByRole("list", { name: "Stored models" })).toContainText(NAME);
  const removeButton = manager(page).getByRole("button", { name: `Remove ${NAME}` });
  const confirm = page.getByRole("dialog", { name: `Remove ${NAME}?` });
  await removeButton.click();
  await expect(confirm).toContainText(/deletes its [\d.]+ (KB|MB) of files from this browser/);
  await expect(confirm).toContainText("downloading them again");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(manager(page).getByRole("list", { name: "Your models" })).toContainText(NAME);
  await expect(manager(page).getByRole("list", { name: "Stored models" })).toContainText(NAME);

  // Confirmed, it forgets the model and deletes its stored files.
  await removeButton.click();
  await confirm.getByRole("button", { name: "Remove model" }).click();
  await expect(manager(page).getByRole("list", { name: "Your models" })).toHaveCount(0);
  await expect(manager(page)).toContainText("No models are stored in this browser.");
  await manager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await page.reload();
  await expect(modelsRegion(page).getByRole("radio", { name: NAME, exact: true })).toHaveCount(0);
});

test("the Add a model dialog puts each field under its label, as wide as the dialog, so a URL shows whole", async ({
  page,
}) => {
  await openApp(page);
  await openAddDialog(page);
  const dialog = addDialog(page);
  const box = async (name: string) => (await dialog.getByRole("textbox", { name }).boundingBox())!;
  const [name, modelUrl, libraryUrl] = [
    await box("Name"),
    await box("Model URL"),
    await box("Model library URL"),
  ];
  const dialogBox = (await dialog.boundingBox())!;
  // Stacked, not run together on one line; each nearly the dialog's width.
  expect(modelUrl.y).toBeGreaterThan(name.y + name.height);
  expect(libraryUrl.y).toBeGreaterThan(modelUrl.y + modelUrl.height);
  for (const field of [name, modelUrl, libraryUrl])
    expect(field.width).toBeGreaterThan(dialogBox.width * 0.8);
  // Each field starts at the form's left edge, under its label rather than after it.
  for (const field of [modelUrl, libraryUrl]) expect(Math.abs(field.x - name.x)).toBeLessThan(1);
  expect(name.x - dialogBox.x).toBeLessThan(40);
  await dialog.getByRole("textbox", { name: "Model library URL" }).fill(LIBRARY_URL);
  const cut = await dialog
    .getByRole("textbox", { name: "Model library URL" })
    .evaluate((input) => input.scrollWidth > input.clientWidth);
  expect(cut).toBe(false);
});

test("adding a model says precisely why it cannot be used, and saves nothing", async ({
  page,
  modelHost,
}) => {
  await openApp(page);
  await openAddDialog(page);
  const problem = addDialog(page).getByRole("alert");
  const repo = (name: string) => `https://huggingface.co/someone/${name}`;

  await checkModel(page, { modelUrl: repo("broken-404") });
  await expect(problem).toHaveText(
    `This model cannot be used: mlc-chat-config.json was not found: ${repo("broken-404")}/resolve/main/mlc-chat-config.json answered HTTP 404.`,
  );
  await checkModel(page, { modelUrl: repo("broken-not-json") });
  await expect(problem).toHaveText("This model cannot be used: mlc-chat-config.json is not valid JSON.");
  await checkModel(page, { modelUrl: repo("broken-missing-field") });
  await expect(problem).toHaveText(
    'This model cannot be used: mlc-chat-config.json has no valid "context_window_size".',
  );
  const missingLibrary = "https://raw.githubusercontent.com/someone/missing/Tiny-webgpu.wasm";
  await checkModel(page, { libraryUrl: missingLibrary });
  await expect(problem).toHaveText(
    `This model cannot be used: The model library is unreachable: ${missingLibrary} answered HTTP 404.`,
  );

  // A host the Content-Security-Policy does not allow is explained, and never contacted.
  const before = modelHost!.requests.length;
  await checkModel(page, { modelUrl: "https://models.example.org/someone/Tiny-MLC" });
  await expect(problem).toContainText("This build of the app may not contact models.example.org");
  await expect(problem).toContainText("VITE_MODEL_MIRROR");
  expect(modelHost!.requests.length).toBe(before);

  // What was typed is kept for correcting; nothing was added.
  await expect(addDialog(page).getByRole("textbox", { name: "Model URL" })).toHaveValue(
    "https://models.example.org/someone/Tiny-MLC",
  );
  await addDialog(page).getByRole("button", { name: "Cancel" }).click();
  await expect(manager(page)).toContainText("Models you add by URL appear here");
});
