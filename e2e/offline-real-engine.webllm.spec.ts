import { modelsRegion } from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";

test("the production build, web-llm's 6 MB worker included, starts with the network off", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await expect(modelsRegion(page)).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
  await expect(modelsRegion(page)).toBeVisible();
  // The engine worker's script (web-llm) loaded, through the service worker, from its precache.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const entry = performance
          .getEntriesByType("resource")
          .find((resource) => resource.name.includes("webllmEngine.worker")) as PerformanceResourceTiming;
        return entry && { status: entry.responseStatus, viaServiceWorker: entry.workerStart > 0 };
      }),
    )
    .toEqual({ status: 200, viaServiceWorker: true });
  await expect(modelsRegion(page).getByRole("alert")).toContainText("You are offline");
});
