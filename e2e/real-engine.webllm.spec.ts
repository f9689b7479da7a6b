import { composer, modelsRegion } from "./support/app";
import { expect, test } from "./support/test";

// The model hosts are allowed for this test only so the guard records rather than fails; it still aborts
// every request to them, so the real web-llm worker meets a network that is down.
test.use({ allowedHosts: ["huggingface.co", "raw.githubusercontent.com"], serveModels: false });

test("the real engine starts in its worker and explains an unreachable model host, with retry", async ({
  page,
  networkGuard,
  baseURL,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  const download = modelsRegion(page).getByRole("button", { name: /^Download / });
  await download.click();

  // Sigilo's downloader retries by itself first, and says so.
  await expect(
    page
      .getByRole("region", { name: "Model download" })
      .getByRole("status")
      .filter({ hasText: /Retrying in \d+ s/ }),
  ).toBeVisible({ timeout: 15_000 });
  const failure = page.getByRole("alert").filter({ hasText: "The download failed" });
  await expect(failure).toBeVisible({ timeout: 30_000 });
  await expect(failure.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(composer(page)).toBeDisabled();
  // The worker asked the model host (and nothing else outside the app's origin) for the model's files.
  const foreign = networkGuard.requests.filter((url) => !url.startsWith(`${baseURL}/`));
  expect(foreign.length).toBeGreaterThan(0);
  for (const url of foreign)
    expect(new URL(url).hostname).toMatch(/^(huggingface\.co|raw\.githubusercontent\.com)$/);
});

test("the production page never loads the fixture engine or the Markdown chunk before it is needed", async ({
  page,
  networkGuard,
}) => {
  await page.goto("/");
  await expect(modelsRegion(page)).toBeVisible();
  const scripts = () => networkGuard.requests.filter((url) => url.endsWith(".js"));
  // The engine worker starts with the app, but not necessarily before the models are listed: wait for it.
  await expect.poll(() => scripts().some((url) => url.includes("webllmEngine.worker"))).toBe(true);
  expect(scripts().some((url) => url.includes("fixture"))).toBe(false);
  expect(scripts().some((url) => url.includes("MarkdownMessage"))).toBe(false);
  expect(scripts().some((url) => url.includes("markdownRenderer.worker"))).toBe(false);
});
