import { expectModelReady, modelsRegion, openApp } from "./support/app";
import { SHARD_BYTES, SHARD_COUNT } from "./support/fakeModelHost";
import { expect, test } from "./support/test";
import { openModelManager } from "./support/customModels";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const shardUrl = (index: number, modelId = MODEL) =>
  `https://huggingface.co/mlc-ai/${modelId}/resolve/main/params_shard_${index}.bin`;
const isShard = (url: string) => /params_shard_\d+\.bin$/.test(url);

test("a connection dropped mid-download is retried by itself, without fetching stored files again", async ({
  page,
  modelHost,
}) => {
  // Shard 2 of 4 (the middle of the download) fails twice, like a connection that drops and comes back.
  modelHost!.interfere((url, attempt) => (url === shardUrl(2) && attempt <= 2 ? "drop" : undefined));
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expectModelReady(page);

  const shards = modelHost!.requests.filter(isShard);
  expect(shards.filter((url) => url === shardUrl(2))).toHaveLength(3);
  for (const index of [0, 1, 3]) expect(shards.filter((url) => url === shardUrl(index))).toHaveLength(1);
});

test("a reload in the middle of a download resumes from the files already stored", async ({
  page,
  modelHost,
}) => {
  // Shard 2 never arrives: the page is reloaded while it is being fetched.
  modelHost!.interfere((url) => (url === shardUrl(2) ? "hold" : undefined));
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expect.poll(() => modelHost!.requests.includes(shardUrl(2))).toBe(true);
  const beforeReload = modelHost!.requests.length;

  modelHost!.interfere(() => undefined);
  await page.reload();
  modelHost!.releaseHeld();
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expectModelReady(page);

  // After the reload only the interrupted shard and the ones after it were fetched: nothing stored came again.
  const afterReload = modelHost!.requests.slice(beforeReload);
  expect(afterReload.filter(isShard)).toEqual([shardUrl(2), shardUrl(3)]);
  expect(
    afterReload.some((url) => /tokenizer\.json|mlc-chat-config\.json|tensor-cache\.json|\.wasm$/.test(url)),
  ).toBe(false);
  const refetchedBytes = afterReload.filter((url) => url === shardUrl(2)).length * SHARD_BYTES;
  expect(refetchedBytes).toBeLessThanOrEqual(SHARD_BYTES);
});

test("a truncated file is detected, not kept, and fetched again", async ({ page, modelHost }) => {
  modelHost!.interfere((url, attempt) => (url === shardUrl(1) && attempt === 1 ? "truncate" : undefined));
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expectModelReady(page);
  expect(modelHost!.requests.filter((url) => url === shardUrl(1))).toHaveLength(2);

  // What is stored is the whole model, to the byte.
  await openModelManager(page);
  const manager = page.getByRole("dialog", { name: "Model manager" });
  const stored = manager.getByRole("listitem", { name: "Qwen2.5 0.5B Instruct (f32)" });
  await expect(stored).toContainText("Complete");
  await expect(stored).toContainText(formatMiB(modelHost!.modelBytes(MODEL)));
});

test("not enough storage gives the figures and what could be deleted, and loses nothing", async ({
  page,
}) => {
  // First a model that fits, then one that does not with only 1 MB left.
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expectModelReady(page);

  await openApp(page, { downloadMs: 0, freeStorageMb: 1 });
  await expectModelReady(page);
  await page.getByRole("button", { name: "Change model" }).click();
  await modelsRegion(page).getByRole("radio", { name: "Llama 3.2 1B Instruct (f32)" }).check();
  await modelsRegion(page).getByRole("button", { name: "Download Llama 3.2 1B Instruct (f32)" }).click();

  const failure = page.getByRole("alert").filter({ hasText: "Not enough storage space" });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText(`needs ${formatMiB(SHARD_COUNT * SHARD_BYTES)} more`);
  await expect(failure).toContainText("allows this site only 1.0 MB more");
  await expect(failure).toContainText(/You could delete: Qwen2\.5 0\.5B Instruct \(f32\) \([\d.]+ MB\)/);

  await failure.getByRole("button", { name: "Manage models" }).click();
  const manager = page.getByRole("dialog", { name: "Model manager" });
  await expect(manager.getByRole("listitem", { name: "Qwen2.5 0.5B Instruct (f32)" })).toContainText(
    "Complete",
  );
});

test("cancel says what happened to the files already downloaded", async ({ page, modelHost }) => {
  modelHost!.interfere((url) => (url === shardUrl(2) ? "hold" : undefined));
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expect.poll(() => modelHost!.requests.includes(shardUrl(2))).toBe(true);
  await page.getByRole("button", { name: "Cancel download" }).click();

  const note = modelsRegion(page).getByRole("status").filter({ hasText: "was cancelled" });
  // Config, tensor-cache.json, tokenizer, library, shards 0 and 1.
  await expect(note).toContainText("The 6 files already downloaded");
  await expect(note).toContainText("downloading it again continues where it stopped");
  modelHost!.releaseHeld();
});

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
