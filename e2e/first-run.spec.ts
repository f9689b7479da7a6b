import { composer, downloadPreselectedModel, expectModelReady, modelsRegion, openApp } from "./support/app";
import { expect, test } from "./support/test";

test("first run explains Sigilo, checks the browser and preselects a model this GPU can run", async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await expect(page.getByText(/never leave this device/)).toBeVisible();

  const check = page.getByRole("region", { name: "Browser check" });
  await expect(check).toContainText("WebGPU is available");
  // Headless Chromium's SwiftShader adapter has no shader-f16: the check says so and f16 models are refused.
  await expect(check).toContainText("only f32 models can run");

  const models = modelsRegion(page);
  const f16Model = models.getByRole("radio", { name: /Llama 3\.2 1B Instruct$/ });
  await expect(f16Model).toBeDisabled();
  await expect(models.getByText(/Cannot run here: Needs half-precision/).first()).toBeVisible();

  const preselected = models.getByRole("radio", { name: "Qwen2.5 0.5B Instruct (f32)" });
  await expect(preselected).toBeChecked();
  await expect(models.getByText(/0\.5B parameters · q4f32_1 · .*MB download/).first()).toBeVisible();
  await expect(models.getByRole("button", { name: "Download Qwen2.5 0.5B Instruct (f32)" })).toBeVisible();

  // What runs here leads the list: the first model listed can be chosen, and the suggested one is in view.
  await expect(models.getByRole("radio").first()).toBeEnabled();
  await expect(preselected).toBeInViewport();
  await expect(models.getByRole("radio", { name: "Qwen3 0.6B" })).toBeEnabled();
});

test("downloading a model shows real progress, then the chat is ready; a second visit loads from storage", async ({
  page,
}) => {
  await openApp(page, { downloadMs: 2000 });
  await modelsRegion(page).getByRole("radio", { name: "Llama 3.2 1B Instruct (f32)" }).check();
  await modelsRegion(page).getByRole("button", { name: "Download Llama 3.2 1B Instruct (f32)" }).click();

  const progress = page.getByRole("region", { name: "Model download" });
  await expect(progress.getByRole("progressbar")).toBeVisible();
  await expect(progress).toContainText(/\d+% · [\d.]+ MB of [\d.]+ (MB|GB)/);
  // A speed and the time left; KB/s when a busy machine serves the fake model slowly.
  await expect(progress).toContainText(/[KM]B\/s · \d+ s left/);
  await expectModelReady(page);
  await expect(page.getByText("Llama 3.2 1B Instruct (f32) · ready")).toBeVisible();

  await page.reload();
  // The model is stored: it loads by itself, straight to the GPU phase, with no download.
  await expectModelReady(page);
  await expect(page.getByText("Llama 3.2 1B Instruct (f32) · ready")).toBeVisible();
});

test("a download can be cancelled, and the picker is back to choose again", async ({ page }) => {
  await openApp(page, { downloadMs: 20_000 });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await page.getByRole("button", { name: "Cancel download" }).click();
  await expect(page.getByRole("region", { name: "Model download" })).toBeHidden();
  await expect(modelsRegion(page)).toBeVisible();
  await expect(modelsRegion(page).getByRole("button", { name: /^Download / })).toBeEnabled();
  await expect(composer(page)).toBeHidden();
});

test("a failed download is explained in words and can be retried", async ({ page }) => {
  await openApp(page, { fail: "download-error" });
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  const failure = page.getByRole("alert").filter({ hasText: "The download failed" });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText("Check your connection and retry");
  await failure.getByRole("button", { name: "Retry" }).click();
  await expectModelReady(page);
});

test("the model can be changed from the chat", async ({ page }) => {
  await openApp(page);
  await downloadPreselectedModel(page);
  await page.getByRole("button", { name: "Change model" }).click();
  await expect(modelsRegion(page).getByText("In use")).toBeVisible();
  await modelsRegion(page).getByRole("radio", { name: "Llama 3.2 1B Instruct (f32)" }).check();
  await modelsRegion(page).getByRole("button", { name: "Download Llama 3.2 1B Instruct (f32)" }).click();
  await expect(page.getByText("Llama 3.2 1B Instruct (f32) · ready")).toBeVisible({ timeout: 15_000 });
});
