import { composer, modelsRegion } from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";

// The model hosts are allowed for this test only so the guard records rather than fails; it still aborts
// every request to them, so the real web-llm worker meets a network that is down.
test.use({ allowedHosts: ["huggingface.co", "raw.githubusercontent.com"], serveModels: false });

test("the real engine starts in its worker and explains an unreachable model host, with retry", async ({
  page,
  networkGuard,
  baseURL,
}) => {
  // web-llm's worker starts on the click, then the downloader retries for about 15 s before it gives up.
  test.setTimeout(120_000);
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
  await expect(failure).toBeVisible({ timeout: 60_000 });
  await expect(failure.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(composer(page)).toBeDisabled();
  // The worker asked the model host (and nothing else outside the app's origin) for the model's files.
  const foreign = networkGuard.requests.filter((url) => !url.startsWith(`${baseURL}/`));
  expect(foreign.length).toBeGreaterThan(0);
  for (const url of foreign)
    expect(new URL(url).hostname).toMatch(/^(huggingface\.co|raw\.githubusercontent\.com)$/);
});

test("the production page starts web-llm's 6 MB worker only when a model is loaded, never the fixture or Markdown", async ({
  page,
  networkGuard,
}) => {
  // It waits for the service worker to precache the build, web-llm's 6 MB worker included (~50 s on a
  // loaded two-core machine).
  test.setTimeout(90_000);
  // What the page and its workers fetch (the service worker's precache fetches every chunk, later).
  const pageScripts: string[] = [];
  page.on("request", (request) => {
    if (!request.serviceWorker() && request.url().endsWith(".js")) pageScripts.push(request.url());
  });
  await page.goto("/");
  const download = modelsRegion(page).getByRole("button", { name: /^Download / });
  await expect(download).toBeEnabled();
  // Workers start from a blob: that imports their script (so the page's policy governs them): the script's
  // request names the worker. What is stored was asked of the small model-store worker; web-llm's is not
  // started for that.
  const fetched = (name: string) => pageScripts.some((url) => url.includes(name));
  await expect.poll(() => fetched("modelStore.worker")).toBe(true);
  await waitForServiceWorkerControl(page);
  expect(fetched("webllmEngine.worker")).toBe(false);
  expect(networkGuard.requests.some((url) => url.includes("fixture"))).toBe(false);
  expect(fetched("MarkdownMessage")).toBe(false);
  expect(fetched("markdownRenderer.worker")).toBe(false);

  await download.click();
  await expect.poll(() => fetched("webllmEngine.worker")).toBe(true);
});
