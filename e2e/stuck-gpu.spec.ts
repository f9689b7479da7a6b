import { openApp } from "./support/app";
import { expect, test } from "./support/test";

test("a browser that never answers for the GPU is explained after the probe's limit, with a way out", async ({
  page,
}) => {
  // A stuck GPU process: the request for an adapter never settles. The page's limit is 1 s here (10 s for real).
  await page.addInitScript(() => {
    if (navigator.gpu) navigator.gpu.requestAdapter = () => new Promise(() => {});
  });
  await openApp(page, { engineTimeoutMs: 1000 });
  const notice = page.getByRole("alert").filter({ hasText: "WebGPU is not available" });
  await expect(notice).toContainText("The browser did not answer when asked for the graphics card");
  await expect(notice.getByRole("button", { name: "Reload the page" })).toBeVisible();
  // Saved conversations stay reachable, as with no WebGPU at all.
  await expect(page.getByRole("button", { name: "New chat" })).toBeVisible();
});
