import type { Page } from "@playwright/test";
import {
  assistantMessages,
  expectModelReady,
  modelsRegion,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { writeFakeModelFolder } from "./support/modelFolder";
import { expect, test } from "./support/test";
import { openModelManager } from "./support/customModels";
import { closeSettings } from "./support/settings";

// A cancel stops exactly its own request: a download and an import run side by side (the import sent to
// the background), and cancelling one leaves the other, and the engine, untouched.

// Each test downloads, imports and loads: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const QWEN = "Qwen2.5 0.5B Instruct (f32)";
const IMPORTED = "My Tiny Llama";
const shardUrl = (index: number) =>
  `https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f32_1-MLC/resolve/main/params_shard_${index}.bin`;

function manager(page: Page) {
  return page.getByRole("dialog", { name: "Model manager" });
}

function importDialog(page: Page) {
  return page.getByRole("dialog", { name: "Import a model from files" });
}

function importRegion(page: Page) {
  return page.getByRole("region", { name: "Model import" });
}

/** Starts importing `folder` as IMPORTED from the model manager. */
async function startImport(page: Page, folder: string) {
  await openModelManager(page);
  await manager(page).getByRole("button", { name: "Import from files" }).click();
  await importDialog(page).getByLabel("Choose a folder").setInputFiles(folder);
  await importDialog(page).getByRole("textbox", { name: "Name" }).fill(IMPORTED);
  await importDialog(page).getByRole("button", { name: "Import" }).click();
  await expect(importDialog(page).getByRole("progressbar", { name: `Importing ${IMPORTED}` })).toBeVisible();
}

test("cancelling a download while an import runs stops only the download; the import ends well", async ({
  page,
  modelHost,
}, testInfo) => {
  const { folder } = writeFakeModelFolder(testInfo.outputPath(), "Tiny-Llama-q4f32_1-MLC");
  // The download stays in the middle (shard 2 held) and the import takes 5 s to read its files.
  modelHost!.interfere((url) => (url === shardUrl(2) ? "hold" : undefined));
  await openApp(page, { downloadMs: 0, importMs: 5_000 });
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${QWEN}` })
    .click();
  await expect.poll(() => modelHost!.requests.includes(shardUrl(2)), { timeout: 15_000 }).toBe(true);

  await startImport(page, folder);
  await importDialog(page).getByRole("button", { name: "Continue in the background" }).click();
  await manager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await expect(importRegion(page).getByRole("progressbar", { name: `Importing ${IMPORTED}` })).toBeVisible();

  await page.getByRole("button", { name: "Cancel download" }).click();
  await expect(page.getByRole("region", { name: "Model download" })).toBeHidden();
  await expect(modelsRegion(page).getByRole("status").filter({ hasText: "was cancelled" })).toContainText(
    "downloading it again continues where it stopped",
  );
  // The import was not touched: it goes on to the end, and says so.
  await expect(importRegion(page).getByRole("status")).toHaveText(
    `${IMPORTED} was imported: choose it in the model list to load it.`,
    { timeout: 20_000 },
  );
  await importRegion(page).getByRole("button", { name: "Dismiss" }).click();
  await expect(importRegion(page)).toHaveCount(0);

  // Both models work: the imported one loads and answers, and the download resumes.
  await modelsRegion(page).getByRole("radio", { name: IMPORTED, exact: true }).check();
  await modelsRegion(page)
    .getByRole("button", { name: `Load ${IMPORTED}` })
    .click();
  await expectModelReady(page);
  await sendMessage(page, "Hello");
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);

  modelHost!.interfere(() => undefined);
  modelHost!.releaseHeld();
  await page.getByRole("button", { name: "Change model" }).click();
  await modelsRegion(page).getByRole("radio", { name: QWEN }).check();
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${QWEN}` })
    .click();
  await expect(page.getByText(`${QWEN} · ready`)).toBeVisible({ timeout: 15_000 });
});

test("cancelling an import while a download runs stops only the import; the download ends well", async ({
  page,
}, testInfo) => {
  const { folder } = writeFakeModelFolder(testInfo.outputPath(), "Tiny-Llama-q4f32_1-MLC");
  await openApp(page, { downloadMs: 6_000, importMs: 8_000 });
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${QWEN}` })
    .click();
  await expect(page.getByRole("region", { name: "Model download" })).toContainText(/MB of/);

  await startImport(page, folder);
  await importDialog(page).getByRole("button", { name: "Cancel import" }).click();
  await expect(importDialog(page)).toContainText("The import was cancelled; nothing of it was kept.");
  await importDialog(page).getByRole("button", { name: "Cancel", exact: true }).click();
  await manager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  await expect(page.getByText(`${QWEN} · ready`)).toBeVisible({ timeout: 20_000 });
  await openModelManager(page);
  await expect(manager(page).getByRole("list", { name: "Stored models" })).toContainText(QWEN);
  await expect(manager(page)).not.toContainText(IMPORTED);
  await expect(manager(page).getByText("Other stored files")).toHaveCount(0);
});
