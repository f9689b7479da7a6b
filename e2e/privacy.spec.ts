import { downloadPreselectedModel, openApp, sendMessage, waitForReply } from "./support/app";
import { loggedRequests, openPrivacyPanel, privacyPanel } from "./support/privacy";
import { waitForServiceWorkerControl, watchNetworkRequests } from "./support/pwa";
import { expect, test } from "./support/test";
import { closeSettings } from "./support/settings";

test("the Privacy panel lists exactly the requests the app made: only app and model files, however much you chat", async ({
  page,
  context,
}) => {
  const seen = watchNetworkRequests(context);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await waitForServiceWorkerControl(page);
  for (const text of ["echo: **first**", "echo: second, with `code`", "Tell me about the sea"]) {
    await sendMessage(page, text);
    await waitForReply(page);
  }

  await openPrivacyPanel(page);
  const panel = privacyPanel(page);
  await expect(panel).toContainText("Your prompts and the model’s replies never leave this device.");
  const asLogged = (url: string) => new URL(url).host + new URL(url).pathname + new URL(url).search;
  // The log is written in batches; Refresh until the last batch is in.
  await expect(async () => {
    await panel.getByRole("button", { name: "Refresh" }).click();
    const logged = await loggedRequests(page);
    expect(new Set(logged.map((request) => request.url))).toEqual(new Set([...seen.urls].map(asLogged)));
  }).toPass();
  const logged = await loggedRequests(page);
  expect(logged.length).toBeGreaterThan(5);
  // The model's files come from the (fake) model host through the real downloader; chatting adds nothing.
  expect(new Set(logged.map((request) => request.purpose))).toEqual(
    new Set(["app file", "model file", "model library"]),
  );
  await expect(panel.getByRole("table", { name: "Network requests" }).getByRole("columnheader")).toHaveText([
    "Time",
    "Host",
    "Path",
    "Size",
    "Purpose",
  ]);
  // Sizes are known for the app's files (the service worker's own script is fetched by the browser, unseen).
  const indexRow = panel
    .getByRole("row")
    .filter({ hasText: /\/assets\/index-[\w-]+\.js/ })
    .first();
  await expect(indexRow).toContainText(/\d+ KB/);
});

test("the request log can be cleared and starts again empty", async ({ page }) => {
  await openApp(page);
  await waitForServiceWorkerControl(page);
  await openPrivacyPanel(page);
  const panel = privacyPanel(page);
  await expect(panel.getByRole("table", { name: "Network requests" })).toBeVisible();
  await panel.getByRole("button", { name: "Clear log" }).click();
  await expect(panel.getByText("No network requests recorded.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Clear log" })).toBeDisabled();
  await panel.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await expect(panel).toBeHidden();
  // Reopened, the log is read afresh from storage: still empty.
  await openPrivacyPanel(page);
  await expect(privacyPanel(page).getByText("No network requests recorded.")).toBeVisible();
});
