import { assistantMessages, expectModelReady, sendMessage } from "./support/app";
import { closeRelease, releaseWithModel } from "./support/releases";
import { expect, test } from "./support/test";

test("a waiting new version is offered quietly, never mid-reply, and Reload switches to it", async ({
  browser,
}) => {
  const running = await releaseWithModel(browser, { rate: 8, downloadMs: 300 });
  const { server, page } = running;

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

  await closeRelease(running);
});
