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
import { openSettings } from "./support/settings";

const MODEL = { id: "Qwen2.5-0.5B-Instruct-q4f32_1-MLC", name: "Qwen2.5 0.5B Instruct (f32)" };

/** What a closed tab leaves of an import (no config yet), and a config of a model no catalog lists now. */
const LEFTOVERS = [
  {
    database: "webllm/model",
    url: "https://imported.sigilo.invalid/imported-lost/resolve/main/params_shard_0.bin",
    bytes: 1_000_000,
  },
  {
    database: "webllm/model",
    url: "https://imported.sigilo.invalid/imported-lost/resolve/main/tokenizer.json",
    bytes: 2_000,
  },
  {
    database: "webllm/wasm",
    url: "https://imported.sigilo.invalid/imported-lost/model-library.wasm",
    bytes: 300_000,
  },
  {
    database: "webllm/config",
    url: "https://huggingface.co/mlc-ai/Retired-Model-q4f32_1-MLC/resolve/main/mlc-chat-config.json",
    bytes: 700,
  },
];
const LEFTOVER_BYTES = LEFTOVERS.reduce((sum, file) => sum + file.bytes, 0);

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Writes files straight into web-llm's IndexedDB cache with the raw API, as another version of the app would have. */
function plantFiles(page: Page): Promise<void> {
  return page.evaluate(async (files) => {
    for (const file of files) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(file.database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction("urls", "readwrite");
        transaction.objectStore("urls").put({ url: file.url, data: new ArrayBuffer(file.bytes) });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }
  }, LEFTOVERS);
}

/** Every key in web-llm's three databases, read with the raw API. */
function storedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of ["webllm/model", "webllm/config", "webllm/wasm"]) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
        const request = db.transaction("urls").objectStore("urls").getAllKeys();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      urls.push(...keys.map(String));
      db.close();
    }
    return urls.sort();
  });
}

test("files no model claims are shown in the manager and deleted, and the stored model stays loadable", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page).getByRole("radio", { name: MODEL.name, exact: true }).check();
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${MODEL.name}` })
    .click();
  await expect(page.getByText(`${MODEL.name} · ready`)).toBeVisible({ timeout: 15_000 });
  const modelUrls = await storedUrls(page);
  await plantFiles(page);

  await openModelManager(page);
  const manager = page.getByRole("dialog", { name: "Model manager" });
  const modelBytes = formatMiB(modelHost!.modelBytes(MODEL.id));
  const others = manager.getByRole("group", { name: "Other stored files" });
  await expect(others).toContainText(
    `4 files, ${formatMiB(LEFTOVER_BYTES)} · left by an interrupted import or a model no longer listed`,
  );
  // The leftovers are not counted as the model's, nor in the models' total.
  await expect(manager).toContainText(`1 model stored, ${modelBytes} in total`);

  // Deleting asks first; "Keep" changes nothing.
  await others.getByRole("button", { name: "Delete other files" }).click();
  const confirm = manager.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete 4 other stored files (${formatMiB(LEFTOVER_BYTES)})?`);
  await confirm.getByRole("button", { name: "Keep" }).click();
  await expect(others).toBeVisible();

  await others.getByRole("button", { name: "Delete other files" }).click();
  await manager.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(manager.getByRole("status")).toContainText(
    `Deleted 4 other stored files (${formatMiB(LEFTOVER_BYTES)}).`,
  );
  await expect(others).toHaveCount(0);
  const list = manager.getByRole("list", { name: "Stored models" });
  await expect(list.getByRole("listitem", { name: MODEL.name })).toContainText(`${modelBytes} · Complete`);
  await expect(manager).toContainText(`1 model stored, ${modelBytes} in total`);
  // Exactly the planted files went; every file of the model is still stored.
  expect(await storedUrls(page)).toEqual(modelUrls);

  // After a reload the model loads from storage, fetching nothing, and answers.
  const fetchedBefore = modelHost!.requests.length;
  await page.reload();
  await expect(page.getByText(`${MODEL.name} · ready`)).toBeVisible({ timeout: 15_000 });
  await sendMessage(page, "Still there?");
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expectModelReady(page);
  expect(modelHost!.requests.length).toBe(fetchedBefore);
  await openModelManager(page);
  await expect(manager.getByRole("group", { name: "Other stored files" })).toHaveCount(0);
});

test.describe("in a Brazilian Portuguese browser", () => {
  test.use({ locale: "pt-BR" });

  test("the other stored files are described and deleted in Portuguese", async ({ page }) => {
    await openApp(page, { downloadMs: 0 });
    await page
      .getByRole("region", { name: "Modelos" })
      .getByRole("button", { name: `Baixar ${MODEL.name}` })
      .click();
    await expect(page.getByText(`${MODEL.name} · pronto`)).toBeVisible({ timeout: 15_000 });
    await plantFiles(page);

    await openSettings(page, "Modelos");
    await page.getByRole("button", { name: "Gerenciar modelos" }).click();
    const manager = page.getByRole("dialog", { name: "Gerenciador de modelos" });
    const size = formatMiB(LEFTOVER_BYTES).replace(".", ",");
    const others = manager.getByRole("group", { name: "Outros arquivos guardados" });
    await expect(others).toContainText(
      `4 arquivos, ${size} · deixados por uma importação interrompida ou por um modelo que não está mais na lista`,
    );
    await others.getByRole("button", { name: "Excluir outros arquivos" }).click();
    const confirm = manager.getByRole("alertdialog");
    await expect(confirm).toContainText(`Excluir 4 outros arquivos guardados (${size})?`);
    await confirm.getByRole("button", { name: "Excluir" }).click();
    await expect(manager.getByRole("status")).toContainText(
      `4 outros arquivos guardados foram excluídos (${size}).`,
    );
    await expect(others).toHaveCount(0);
  });
});
