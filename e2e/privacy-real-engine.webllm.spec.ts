import { modelsRegion } from "./support/app";
import { loggedRequests, openPrivacyPanel, privacyPanel } from "./support/privacy";
import { expect, test } from "./support/test";

// The guard records rather than fails requests to the model hosts, and still aborts them all (no fake
// model host here: the real engine meets a network that is down).
test.use({ allowedHosts: ["huggingface.co", "raw.githubusercontent.com"], serveModels: false });

test("the real engine's requests to the model host are logged as model files", async ({
  page,
  networkGuard,
}) => {
  // web-llm's worker starts on the click, then the downloader retries for about 15 s before it gives up.
  test.setTimeout(90_000);
  await page.goto("/");
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expect(page.getByRole("alert").filter({ hasText: "The download failed" })).toBeVisible({
    timeout: 60_000,
  });

  await openPrivacyPanel(page);
  const toModelHost = networkGuard.requests.filter((url) => new URL(url).hostname === "huggingface.co");
  expect(toModelHost.length).toBeGreaterThan(0);
  await expect(async () => {
    await privacyPanel(page).getByRole("button", { name: "Refresh" }).click();
    const logged = await loggedRequests(page);
    const modelFiles = logged.filter((request) => request.url.startsWith("huggingface.co/"));
    expect(modelFiles.map((request) => request.purpose)).toEqual(toModelHost.map(() => "model file"));
  }).toPass();
});
