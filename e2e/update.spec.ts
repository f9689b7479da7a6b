import { assistantMessages, downloadPreselectedModel, expectModelReady, sendMessage } from "./support/app";
import { appUrl } from "./support/appUrl";
import { FAKE_MODEL_HOSTS, serveFakeModels } from "./support/fakeModelHost";
import { installGuard } from "./support/guard";
import { waitForServiceWorkerControl } from "./support/pwa";
import { serveBuild } from "./support/staticServer";
import { expect, test } from "./support/test";

test("a waiting new version is offered quietly, never mid-reply, and Reload switches to it", async ({
  browser,
}) => {
  // A server of its own (the fixture build), so shipping a new service worker affects no other test.
  const server = await serveBuild("dist-fixture");
  const context = await browser.newContext({ baseURL: server.origin });
  const guard = await installGuard(context, {
    localHost: new URL(server.origin).host,
    // The fake model host below serves the model's files on the model hosts.
    allowedHosts: FAKE_MODEL_HOSTS,
    allowPageErrors: false,
  });
  await serveFakeModels(context);
  const page = await context.newPage();
  await page.goto(appUrl({ rate: 8, downloadMs: 300 }));
  await downloadPreselectedModel(page);
  await waitForServiceWorkerControl(page);

  await sendMessage(page, "Tell me a long story about lighthouses");
  await expect(assistantMessages(page).first()).toContainText(/\w+/);
  server.deployNextVersion();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

  const prompt = page.getByRole("status").filter({ hasText: "New version available" });
  const reload = prompt.getByRole("button", { name: "Reload" });
  await expect(prompt).toBeVisible();
  // The reply goes on under the old version; switching is not offered until it ends.
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await expect(reload).toBeDisabled();
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(reload).toBeEnabled();
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting))).toBe(true);

  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await expectModelReady(page);
  await expect(page.getByRole("status").filter({ hasText: "New version available" })).toHaveCount(0);
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return {
      waiting: Boolean(registration.waiting),
      controlled: Boolean(navigator.serviceWorker.controller),
    };
  });
  expect(after).toEqual({ waiting: false, controlled: true });

  await context.close();
  await server.close();
  guard.verify();
});
