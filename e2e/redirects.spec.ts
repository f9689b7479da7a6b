import type { Browser, BrowserContext } from "@playwright/test";
import { modelsRegion } from "./support/app";
import { appUrl } from "./support/appUrl";
import { FAKE_MODEL_HOSTS, serveFakeModels, type FakeModelHostOptions } from "./support/fakeModelHost";
import { serveForbiddenHost, type ForbiddenHost } from "./support/forbiddenHost";
import { installGuard, type Guard } from "./support/guard";
import { serveBuild, type StaticServer } from "./support/staticServer";
import { expect, test } from "./support/test";

// Every hop of every request is checked (issue 10). The app runs here as a static host serves it: the
// Content-Security-Policy only in the page's <meta> tag, no header that would restrict its workers.

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const shardUrl = (index: number) =>
  `https://huggingface.co/mlc-ai/${MODEL}/resolve/main/params_shard_${index}.bin`;

interface StaticHostSetup {
  app: StaticServer;
  forbidden: ForbiddenHost;
  context: BrowserContext;
  guard: Guard;
  close(): Promise<void>;
}

async function onStaticHost(
  browser: Browser,
  options: { redirects?: (forbidden: ForbiddenHost) => Record<string, string> } = {},
): Promise<StaticHostSetup> {
  const forbidden = await serveForbiddenHost();
  const app = await serveBuild("dist-fixture", { redirects: options.redirects?.(forbidden) });
  const context = await browser.newContext({ baseURL: app.origin });
  const guard = await installGuard(context, {
    localHost: new URL(app.origin).host,
    // Listed so the guard does not abort what reaches it: the test counts that on the host itself.
    allowedHosts: [...FAKE_MODEL_HOSTS, forbidden.host],
    allowPageErrors: false,
  });
  return {
    app,
    forbidden,
    context,
    guard,
    async close() {
      await context.close();
      await Promise.all([app.close(), forbidden.close()]);
    },
  };
}

async function withModels(setup: StaticHostSetup, options: FakeModelHostOptions = {}) {
  return serveFakeModels(setup.context, options);
}

test("a weight shard redirected off the model hosts is refused with the reason, and nothing reaches that host (reproduction 4)", async ({
  browser,
}) => {
  const setup = await onStaticHost(browser);
  const models = await withModels(setup);
  models.interfere((url) =>
    url === shardUrl(1) ? { redirectTo: `${setup.forbidden.origin}${new URL(url).pathname}` } : undefined,
  );
  const page = await setup.context.newPage();
  await page.goto(appUrl({ downloadMs: 0 }));
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();

  const failure = page.getByRole("alert", { name: "Model download" });
  const ready = page.getByText("Qwen2.5 0.5B Instruct (f32) · ready");
  await expect(failure.or(ready)).toBeVisible({ timeout: 15_000 });
  expect(setup.forbidden.requests).toEqual([]);
  await expect(failure).toContainText("The model host sent the download elsewhere");
  await failure.getByText("Technical details").click();
  await expect(failure).toContainText(
    "huggingface.co answered params_shard_1.bin with a redirect to a host that is not one of this app's model hosts",
  );
  // Refused, not retried: one request for that shard, none at all to the other host.
  expect(models.requests.filter((url) => url === shardUrl(1))).toHaveLength(1);
  await setup.close();
  setup.guard.verify();
});
