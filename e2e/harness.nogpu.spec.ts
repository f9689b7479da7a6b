/// <reference types="@webgpu/types" />
import { HARNESS_PATH, serveHarness } from "./support/harnessPage";
import { expect, test } from "./support/test";

// Runs in the chromium-no-webgpu project: the same browser without --enable-unsafe-webgpu, as on a
// machine with no usable GPU. The app's "WebGPU unavailable" tests rely on this.
test("requestAdapter resolves to null without the WebGPU flag", async ({ page, context, baseURL }) => {
  await serveHarness(context, baseURL!);
  await page.goto(HARNESS_PATH);
  const result = await page.evaluate(async () => ({
    hasApi: "gpu" in navigator,
    adapter: await navigator.gpu?.requestAdapter(),
  }));
  expect(result).toEqual({ hasApi: true, adapter: null });
});
