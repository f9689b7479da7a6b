import {
  assistantMessages,
  downloadPreselectedModel,
  expectModelReady,
  modelsRegion,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";

test("with a stored model, Sigilo reloads and chats with the network off", async ({ page, context }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: said online");
  await waitForReply(page);
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
  await expectModelReady(page);
  await sendMessage(page, "echo: said offline");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("said offline");
  await expect(assistantMessages(page).first()).toContainText("said online");
});

test("an offline indicator follows the connection, and a download says it needs one", async ({
  page,
  context,
}) => {
  await openApp(page);
  const offline = page.getByRole("status").filter({ hasText: "Offline" });
  const download = modelsRegion(page).getByRole("button", { name: /^Download / });
  await expect(download).toBeEnabled();
  await expect(offline).toHaveCount(0);

  await context.setOffline(true);
  await expect(offline).toBeVisible();
  await expect(download).toBeDisabled();
  await expect(modelsRegion(page).getByRole("alert")).toContainText(
    "You are offline. Connect to the internet to download Qwen2.5 0.5B Instruct (f32)",
  );

  await context.setOffline(false);
  await expect(offline).toHaveCount(0);
  await expect(download).toBeEnabled();
  await expect(modelsRegion(page).getByRole("alert")).toHaveCount(0);
});
