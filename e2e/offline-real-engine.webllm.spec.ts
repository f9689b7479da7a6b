import { modelsRegion } from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";

test("the production build starts with the network off, web-llm's 6 MB worker precached", async ({
  page,
  context,
}) => {
  test.setTimeout(60_000); // the whole build is precached, then web-llm's worker is started offline
  await page.goto("/");
  await expect(modelsRegion(page)).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
  await expect(modelsRegion(page)).toBeVisible();
  await expect(modelsRegion(page).getByRole("alert")).toContainText("You are offline");
  // web-llm's worker is not started before a model is loaded, but it is in the precache: it starts offline
  // and answers as the app's engine (its "ready" message).
  const started = await page.evaluate(async () => {
    const cached = await Promise.all(
      (await caches.keys()).map(async (name) =>
        (await (await caches.open(name)).keys()).map((request) => request.url),
      ),
    );
    const url = cached.flat().find((cachedUrl) => cachedUrl.includes("webllmEngine.worker"));
    if (!url) return "not precached";
    const worker = new Worker(url, { type: "module" });
    return new Promise<string>((resolve) => {
      worker.addEventListener("message", (event: MessageEvent<{ type?: string }>) =>
        resolve(event.data.type ?? "?"),
      );
      worker.addEventListener("error", () => resolve("failed to start"));
    }).finally(() => worker.terminate());
  });
  expect(started).toBe("ready");
});
