import type { Page } from "@playwright/test";
import { assistantMessages, modelsRegion, openApp, sendMessage, waitForReply } from "./support/app";
import { SHARD_BYTES } from "./support/fakeModelHost";
import { writeFakeModelFolder } from "./support/modelFolder";
import { waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";
import { openModelManager } from "./support/customModels";
import { closeSettings } from "./support/settings";

// No model host is served: an imported model must never need one (any request to one fails the test).
test.use({ serveModels: false });

const MODEL_ID = "Tiny-Llama-q4f32_1-MLC";
const NAME = "My Tiny Llama";

function manager(page: Page) {
  return page.getByRole("dialog", { name: "Model manager" });
}

function importDialog(page: Page) {
  return page.getByRole("dialog", { name: "Import a model from files" });
}

async function openImportDialog(page: Page) {
  await openModelManager(page);
  await manager(page).getByRole("button", { name: "Import from files" }).click();
}

async function chooseFolder(page: Page, folder: string) {
  await importDialog(page).getByLabel("Choose a folder").setInputFiles(folder);
}

/** Chooses the folder, names the model and imports it; the dialog closes when it is stored. */
async function importFolder(page: Page, folder: string, name: string) {
  await chooseFolder(page, folder);
  await importDialog(page).getByRole("textbox", { name: "Name" }).fill(name);
  await importDialog(page).getByRole("button", { name: "Import" }).click();
  await expect(importDialog(page)).toHaveCount(0);
}

/** The manager's size figure, as formatBytes writes it. */
function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function foreignRequests(requests: readonly string[], page: Page): string[] {
  const local = new URL(page.url()).origin;
  return requests.filter(
    (url) => !url.startsWith(local) && !url.startsWith("data:") && !url.startsWith("blob:"),
  );
}

test("a model imported from a folder shows what was found, loads and chats with no network, and can be removed", async ({
  page,
  context,
  networkGuard,
}, testInfo) => {
  const { folder, bytes } = writeFakeModelFolder(testInfo.outputPath(), MODEL_ID);
  await openApp(page, { rate: 0 });
  await openImportDialog(page);
  await chooseFolder(page, folder);

  const found = importDialog(page).getByRole("region", { name: "What was found" });
  await expect(found).toContainText("Model typellama");
  await expect(found).toContainText("Quantizationq4f32_1");
  await expect(found).toContainText("Context window4,096 tokens");
  await expect(found).toContainText(`Total size${mib(bytes)} in 8 files (4 weight shards)`);
  await expect(found).toContainText(`Library file${MODEL_ID}-webgpu.wasm`);
  // The folder's name is offered as the model's name.
  const name = importDialog(page).getByRole("textbox", { name: "Name" });
  await expect(name).toHaveValue(MODEL_ID);
  await name.fill(NAME);
  await importDialog(page).getByRole("button", { name: "Import" }).click();
  await expect(importDialog(page)).toHaveCount(0);

  // In the manager: the user's own model, stored complete, to the byte.
  await expect(manager(page).getByRole("listitem", { name: NAME }).first()).toBeVisible();
  await expect(manager(page).getByRole("list", { name: "Your models" })).toContainText(
    `${NAME} llama · q4f32_1 · Imported from files on`,
  );
  const stored = manager(page)
    .getByRole("list", { name: "Stored models" })
    .getByRole("listitem", { name: NAME });
  await expect(stored).toContainText("Complete");
  await expect(stored).toContainText(mib(bytes));
  await manager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  // With the network off and the page reloaded, it loads and chats from this browser alone.
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  const option = modelsRegion(page).getByRole("radio", { name: NAME, exact: true });
  await option.check();
  await modelsRegion(page).getByText(`About ${NAME}`).click();
  const card = modelsRegion(page).getByRole("group", { name: `About ${NAME}` });
  await expect(card).toContainText(/SourceImported from files on \w+ \d{1,2}, \d{4}/);
  await modelsRegion(page)
    .getByRole("button", { name: `Load ${NAME}` })
    .click();
  await expect(page.getByText(`${NAME} · ready`)).toBeVisible({ timeout: 15_000 });
  await sendMessage(page, "Hello from a model with no network");
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);
  expect(foreignRequests(networkGuard.requests, page)).toEqual([]);

  // Removing it deletes its files.
  await openModelManager(page);
  await manager(page)
    .getByRole("button", { name: `Remove ${NAME}` })
    .click();
  const confirm = page.getByRole("dialog", { name: `Remove ${NAME}?` });
  // An imported model's files come back only from its folder: the question says so.
  await expect(confirm).toContainText("importing its folder again");
  await confirm.getByRole("button", { name: "Remove model" }).click();
  await expect(manager(page).getByRole("list", { name: "Your models" })).toHaveCount(0);
  await expect(manager(page)).toContainText("No models are stored in this browser.");
});

test("files that cannot be used are refused with the precise reason, and nothing stored is lost", async ({
  page,
}, testInfo) => {
  const good = writeFakeModelFolder(testInfo.outputPath("good"), MODEL_ID);
  await openApp(page);
  await openImportDialog(page);
  await importFolder(page, good.folder, "Good model");
  const goodStored = manager(page).getByRole("list", { name: "Stored models" }).getByRole("listitem", {
    name: "Good model",
  });
  await expect(goodStored).toContainText(`${mib(good.bytes)} · Complete`);

  const half = good.files.get("params_shard_1.bin")!.subarray(0, SHARD_BYTES / 2);
  const cases: Array<[string, Parameters<typeof writeFakeModelFolder>[2], string]> = [
    ["missing-shard", { "params_shard_2.bin": null }, "weight shard params_shard_2.bin is missing."],
    [
      "truncated-shard",
      { "params_shard_1.bin": half },
      `weight shard params_shard_1.bin has ${(SHARD_BYTES / 2).toLocaleString("en")} bytes but tensor-cache.json says ${SHARD_BYTES.toLocaleString("en")}.`,
    ],
    [
      "no-library",
      { [`${MODEL_ID}-webgpu.wasm`]: null },
      "there is no model library (.wasm) among the chosen files.",
    ],
    [
      "two-libraries",
      { "other-webgpu.wasm": "wasm" },
      `there is more than one model library (.wasm): ${MODEL_ID}/${MODEL_ID}-webgpu.wasm, ${MODEL_ID}/other-webgpu.wasm. Keep only the one built for this model.`,
    ],
    ["malformed-config", { "mlc-chat-config.json": "{ not json" }, "mlc-chat-config.json is not valid JSON."],
    [
      "config-without-template",
      { "mlc-chat-config.json": JSON.stringify({ model_type: "llama", quantization: "q4f32_1" }) },
      'mlc-chat-config.json has no valid "context_window_size".',
    ],
    [
      "no-config",
      { "mlc-chat-config.json": null },
      "there is no mlc-chat-config.json among the chosen files.",
    ],
  ];
  await manager(page).getByRole("button", { name: "Import from files" }).click();
  for (const [label, changes, reason] of cases) {
    const broken = writeFakeModelFolder(testInfo.outputPath(label), MODEL_ID, changes);
    await chooseFolder(page, broken.folder);
    await expect(importDialog(page).getByRole("alert"), label).toHaveText(
      `This model cannot be imported: ${reason}`,
    );
    await expect(importDialog(page).getByRole("button", { name: "Import" })).toBeDisabled();
  }
  await importDialog(page).getByRole("button", { name: "Cancel" }).click();

  // The model stored before is untouched, and nothing else was stored.
  await expect(manager(page).getByRole("list", { name: "Stored models" }).getByRole("listitem")).toHaveCount(
    1,
  );
  await expect(goodStored).toContainText(`${mib(good.bytes)} · Complete`);
});

test("not enough storage gives the figures and what could be deleted, and keeps nothing of the import", async ({
  page,
}, testInfo) => {
  const first = writeFakeModelFolder(testInfo.outputPath("first"), MODEL_ID);
  await openApp(page);
  await openImportDialog(page);
  await importFolder(page, first.folder, "First model");

  // Only 1 MB more is granted now: the 4 MB model cannot fit.
  await openApp(page, { freeStorageMb: 1 });
  await openImportDialog(page);
  const second = writeFakeModelFolder(testInfo.outputPath("second"), "Second-q4f32_1-MLC");
  await chooseFolder(page, second.folder);
  await importDialog(page).getByRole("button", { name: "Import" }).click();
  const failure = importDialog(page).getByRole("alert");
  await expect(failure).toContainText("Not enough storage space.");
  await expect(failure).toContainText(
    `Importing needs ${mib(second.bytes)} more, but the browser allows this site only 1.0 MB more.`,
  );
  await expect(failure).toContainText("Nothing already stored was lost, and nothing of this model was kept.");
  await expect(failure).toContainText(/You could delete: First model \([\d.]+ MB\)\./);
  await importDialog(page).getByRole("button", { name: "Cancel" }).click();

  const stored = manager(page).getByRole("list", { name: "Stored models" }).getByRole("listitem");
  await expect(stored).toHaveCount(1);
  await expect(stored).toContainText(`First model${mib(first.bytes)} · Complete`);
  await expect(manager(page).getByRole("list", { name: "Your models" }).getByRole("listitem")).toHaveCount(1);
});

test("dropped files are checked and imported like a chosen folder", async ({ page }, testInfo) => {
  const { files } = writeFakeModelFolder(testInfo.outputPath(), MODEL_ID);
  await openApp(page);
  await openImportDialog(page);
  const dropped = [...files].map(([name, body]) => ({ name, base64: body.toString("base64") }));
  const dataTransfer = await page.evaluateHandle((chosen) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of chosen) {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], name));
    }
    return transfer;
  }, dropped);
  await importDialog(page)
    .getByRole("group", { name: "Or drop the model's folder or files here" })
    .dispatchEvent("drop", { dataTransfer });
  await expect(importDialog(page)).toContainText("8 files chosen.");
  const found = importDialog(page).getByRole("region", { name: "What was found" });
  await expect(found).toContainText(`Library file${MODEL_ID}-webgpu.wasm`);
  await importDialog(page).getByRole("textbox", { name: "Name" }).fill("Dropped model");
  await importDialog(page).getByRole("button", { name: "Import" }).click();
  await expect(importDialog(page)).toHaveCount(0);
  await expect(
    manager(page)
      .getByRole("list", { name: "Stored models" })
      .getByRole("listitem", { name: "Dropped model" }),
  ).toContainText("Complete");
});

/** Deletes one stored weight shard of the imported model with the raw indexedDB API, as a browser clearing space would. */
function evictImportedShard(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("webllm/model");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = () => db.transaction("urls", "readwrite").objectStore("urls");
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = store().getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const shard = keys
      .map(String)
      .find((url) => /imported\.sigilo\.invalid\/.*params_shard_1\.bin$/.test(url));
    if (!shard) throw new Error("No stored shard of an imported model.");
    await new Promise<void>((resolve, reject) => {
      const request = store().delete(shard);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    db.close();
    return shard;
  });
}

test("an imported model whose files the browser cleared says it must be imported again, and can be removed", async ({
  page,
}, testInfo) => {
  const { folder } = writeFakeModelFolder(testInfo.outputPath(), MODEL_ID);
  await openApp(page, { rate: 0 });
  await openImportDialog(page);
  await importFolder(page, folder, NAME);
  await manager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await modelsRegion(page)
    .getByRole("button", { name: `Load ${NAME}` })
    .click();
  await expect(page.getByText(`${NAME} · ready`)).toBeVisible({ timeout: 15_000 });

  await evictImportedShard(page);
  await page.reload();

  // At start-up the last model used is found incomplete: no download is offered, since there is nowhere to download from.
  const failure = page.getByRole("alert").filter({ hasText: "Files of this imported model are missing" });
  await expect(failure).toContainText(`Files of this imported model are missing: ${NAME}`);
  await expect(failure).toContainText("Remove the model, then import its folder again.");
  await expect(failure.getByRole("button", { name: /download/i })).toHaveCount(0);
  await failure.getByText("Technical details").click();
  await expect(failure).toContainText("7 of 8 files of the imported model are in storage; import it again");

  await failure.getByRole("button", { name: "Remove this model" }).click();
  await expect(failure).toHaveCount(0);
  await openModelManager(page);
  await expect(manager(page).getByRole("list", { name: "Your models" })).toHaveCount(0);
  await expect(manager(page).getByRole("list", { name: "Stored models" })).toHaveCount(0);
  await expect(manager(page).getByText(/Other stored files/)).toHaveCount(0);
});
