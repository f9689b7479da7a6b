import {
  composer,
  downloadPreselectedModel,
  modelsRegion,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { openPrivacyPanel, privacyPanel } from "./support/privacy";
import { countIndexedDbRecords, waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";

test("Erase everything asks first, removes conversations, settings, models and logs, and says what it removed", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: something confidential");
  await waitForReply(page);
  await waitForServiceWorkerControl(page);
  const before = await countIndexedDbRecords(page);
  expect(before["sigilo/messages"]).toBe(2);
  // The model's files, stored by the real downloader where web-llm reads them.
  expect(before["webllm/model/urls"]).toBeGreaterThan(0);

  await openPrivacyPanel(page);
  await privacyPanel(page).getByRole("button", { name: "Erase everything…" }).click();
  const confirm = page.getByRole("dialog", { name: "Erase everything?" });
  await expect(confirm).toContainText("This cannot be undone.");
  // Cancel leaves everything in place.
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect(await countIndexedDbRecords(page)).toMatchObject({ "sigilo/messages": 2 });

  await privacyPanel(page).getByRole("button", { name: "Erase everything…" }).click();
  await confirm.getByRole("button", { name: "Erase everything" }).click();
  const done = page.getByRole("dialog", { name: "Everything was erased" });
  const removed = done.getByRole("list", { name: "Removed" });
  await expect(removed).toContainText("1 conversation and their messages");
  await expect(removed).toContainText("Downloaded model: Qwen2.5 0.5B Instruct (f32)");
  await expect(removed).toContainText(/Browser databases: .*sigilo\b/);
  await expect(removed).toContainText("webllm/model");

  // Read raw: no database holds a single record any more.
  const after = await countIndexedDbRecords(page);
  expect(Object.values(after).filter((count) => count > 0)).toEqual([]);
  expect(
    await page.evaluate(async () => (await caches.keys()).filter((name) => !name.includes("precache"))),
  ).toEqual([]);

  await done.getByRole("button", { name: "Start afresh" }).click();
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Conversations" })).toContainText(
    "No conversations yet.",
  );
  await expect(modelsRegion(page).getByRole("button", { name: /^Download / })).toBeVisible();
  await expect(composer(page)).toHaveCount(0);
});
