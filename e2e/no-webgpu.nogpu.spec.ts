import { modelsRegion, openApp } from "./support/app";
import { expect, test } from "./support/test";

// This project launches Chromium without --enable-unsafe-webgpu: the browser has no GPU adapter at all.
test("without WebGPU the app explains why and which browsers work, instead of failing", async ({ page }) => {
  await openApp(page);
  const notice = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "WebGPU is not available" }) });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("did not give Sigilo access to a graphics card");
  await expect(notice.getByRole("heading", { name: "Browsers that work" })).toBeVisible();
  await expect(notice).toContainText("chrome://flags/#enable-unsafe-webgpu");
  await expect(modelsRegion(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export conversations" }).first()).toBeDisabled();
  await expect(page.getByRole("button", { name: "New chat" })).toBeVisible();
});
