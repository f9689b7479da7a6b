import type { Page } from "@playwright/test";
import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  expectModelReady,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { SHARD_BYTES } from "./support/fakeModelHost";
import { expect, test } from "./support/test";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const SHARD_1 = `https://huggingface.co/mlc-ai/${MODEL}/resolve/main/params_shard_1.bin`;

/** Removes every record of web-llm's cache with the raw indexedDB API, as a browser clearing space would. */
function evictModelFiles(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (const name of ["webllm/model", "webllm/config", "webllm/wasm"]) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction("urls", "readwrite");
        transaction.objectStore("urls").clear();
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }
  });
}

/** Cuts one stored weight shard to its first 100 bytes with the raw indexedDB API: damage on disk. */
function truncateStoredShard(page: Page, url: string): Promise<number> {
  return page.evaluate(async (shardUrl) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("webllm/model");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = () => db.transaction("urls", "readwrite").objectStore("urls");
    const record = await new Promise<{ url: string; data: ArrayBuffer }>((resolve, reject) => {
      const request = store().get(shardUrl);
      request.onsuccess = () => resolve(request.result as { url: string; data: ArrayBuffer });
      request.onerror = () => reject(request.error);
    });
    const originalBytes = record.data.byteLength;
    await new Promise<void>((resolve, reject) => {
      const request = store().put({ url: shardUrl, data: record.data.slice(0, 100) });
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    db.close();
    return originalBytes;
  }, url);
}

test("a model the browser evicted is reported at start-up and can be downloaded again", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { downloadMs: 0 });
  await downloadPreselectedModel(page);
  await evictModelFiles(page);

  const fetchedBefore = modelHost!.requests.length;
  await page.reload();
  const notice = page.getByRole("alert", { name: "Model download" });
  await expect(notice).toContainText(
    "no longer fully stored in this browser (the browser may have cleared it to free space). Download it again?",
  );
  await expect(notice).toContainText("Qwen2.5 0.5B Instruct");
  // Nothing was fetched behind the user's back.
  expect(modelHost!.requests.length).toBe(fetchedBefore);

  await notice.getByRole("button", { name: "Download again" }).click();
  await expectModelReady(page);
  await expect(notice).toBeHidden();
  expect(modelHost!.requests.slice(fetchedBefore)).toContain(SHARD_1);
  await sendMessage(page, "Are you back?");
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);
});

test("a damaged stored shard is detected at load, explained, and replaced by Delete and download again", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { downloadMs: 0 });
  await downloadPreselectedModel(page);
  expect(await truncateStoredShard(page, SHARD_1)).toBe(SHARD_BYTES);

  const fetchedBefore = modelHost!.requests.length;
  await page.reload();
  const notice = page.getByRole("alert", { name: "Model download" });
  await expect(notice).toContainText("The stored model files are damaged");
  await expect(notice).toContainText("Delete its stored files and download it again");
  await notice.getByText("Technical details").click();
  await expect(notice).toContainText(`params_shard_1.bin is stored with 100 bytes instead of ${SHARD_BYTES}`);
  await expect(composer(page)).toBeDisabled();

  await notice.getByRole("button", { name: "Delete and download again" }).click();
  await expectModelReady(page);
  await expect(notice).toBeHidden();
  // Every shard came again, the damaged one included.
  const refetched = modelHost!.requests.slice(fetchedBefore);
  expect(refetched.filter((url) => /params_shard_\d+\.bin$/.test(url))).toHaveLength(4);
  await sendMessage(page, "All good now?");
  await waitForReply(page);
  await expect(assistantMessages(page)).toHaveCount(1);

  // And the next start loads the repaired model by itself.
  await page.reload();
  await expectModelReady(page);
  await expect(notice).toBeHidden();
});
