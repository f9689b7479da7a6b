import type { Browser, BrowserContext, Page } from "@playwright/test";
import { downloadPreselectedModel, modelsRegion } from "./support/app";
import { appUrl } from "./support/appUrl";
import { chromiumArgs, findChromium, webgpuArgs } from "./support/browser";
import { TINY_LLAMA, openModelManager } from "./support/customModels";
import { FAKE_CDN_HOST, serveFakeCdn } from "./support/fakeCdn";
import {
  FAKE_MODEL_HOSTS,
  SHARD_COUNT,
  serveFakeModels,
  type FakeModelHostOptions,
} from "./support/fakeModelHost";
import { serveForbiddenHost, type ForbiddenHost } from "./support/forbiddenHost";
import { installGuard, type Guard } from "./support/guard";
import { loggedRequests, openPrivacyPanel, privacyPanel, type LoggedRequest } from "./support/privacy";
import { waitForServiceWorkerControl } from "./support/pwa";
import { serveBuild, type StaticServer } from "./support/staticServer";
import { expect, test } from "./support/test";

// Every hop of every request is checked (issue 10). The app runs here as a static host serves it: the
// Content-Security-Policy only in the page's <meta> tag, no header that would restrict its workers.
// What reaches another host is counted on that host itself: Playwright never sees a redirect's second hop.

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const shardUrl = (index: number) =>
  `https://huggingface.co/mlc-ai/${MODEL}/resolve/main/params_shard_${index}.bin`;
const TINY_FILES = `${TINY_LLAMA.modelUrl}/resolve/main/`;

interface StaticHost {
  app: StaticServer;
  forbidden: ForbiddenHost;
  context: BrowserContext;
  page: Page;
  guard: Guard;
  /** Closes everything, then fails if the context broke the network rules. */
  close(): Promise<void>;
}

async function onStaticHost(
  browser: Browser,
  options: {
    redirects?: (forbidden: ForbiddenHost) => Record<string, string>;
    locale?: string;
    models?: FakeModelHostOptions;
    extraAllowedHosts?: string[];
  } = {},
) {
  const forbidden = await serveForbiddenHost();
  const app = await serveBuild("dist-fixture", { redirects: options.redirects?.(forbidden) });
  const context = await browser.newContext({
    baseURL: app.origin,
    locale: options.locale,
    ignoreHTTPSErrors: options.models?.weightsCdn !== undefined, // the fake CDN's certificate is made per run
  });
  const guard = await installGuard(context, {
    localHost: new URL(app.origin).host,
    // The forbidden host is listed so the guard lets the browser try it: the test counts on the host itself.
    allowedHosts: [...FAKE_MODEL_HOSTS, forbidden.host, ...(options.extraAllowedHosts ?? [])],
    allowPageErrors: false,
  });
  const models = await serveFakeModels(context, options.models);
  const page = await context.newPage();
  const setup: StaticHost = {
    app,
    forbidden,
    context,
    page,
    guard,
    async close() {
      await context.close();
      await Promise.all([app.close(), forbidden.close()]);
      guard.verify();
    },
  };
  return { ...setup, models };
}

/** The request log as the Privacy panel shows it, refreshed until `done` holds. */
async function logWhen(page: Page, done: (log: LoggedRequest[]) => boolean): Promise<LoggedRequest[]> {
  await openPrivacyPanel(page);
  let log: LoggedRequest[] = [];
  await expect(async () => {
    await privacyPanel(page).getByRole("button", { name: "Refresh" }).click();
    log = await loggedRequests(page);
    expect(done(log)).toBe(true);
  }).toPass();
  return log;
}

const pathOf = (url: string) => new URL(url).host + new URL(url).pathname;

test("a weight shard redirected off the model hosts is refused with the reason, and nothing reaches that host (reproduction 4)", async ({
  browser,
}) => {
  const { page, models, forbidden, close } = await onStaticHost(browser);
  models.interfere((url) =>
    url === shardUrl(1) ? { redirectTo: `${forbidden.origin}${new URL(url).pathname}` } : undefined,
  );
  await page.goto(appUrl({ downloadMs: 0 }));
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();

  const failure = page.getByRole("alert", { name: "Model download" });
  const ready = page.getByText("Qwen2.5 0.5B Instruct (f32) · ready");
  await expect(failure.or(ready)).toBeVisible({ timeout: 15_000 });
  expect(forbidden.requests).toEqual([]);
  await expect(failure).toContainText("The model host sent the download elsewhere");
  await expect(failure).toContainText("nothing was sent to that host");
  await failure.getByText("Technical details").click();
  await expect(failure).toContainText(
    "huggingface.co answered params_shard_1.bin with a redirect to a host that is not one of this app's model hosts. Sigilo refused to follow it: nothing was requested from that host.",
  );
  // Refused, not retried: one request for that shard.
  expect(models.requests.filter((url) => url === shardUrl(1))).toHaveLength(1);

  const log = await logWhen(page, (entries) => entries.some((entry) => entry.redirect !== ""));
  expect(log.filter((entry) => entry.redirect !== "")).toEqual([
    {
      url: pathOf(shardUrl(1)),
      purpose: "model file",
      redirect: "Redirected to a host that is not allowed: refused before anything was sent there",
    },
  ]);
  expect(log.some((entry) => entry.url.includes(forbidden.host))).toBe(false);
  expect(forbidden.requests).toEqual([]);
  await close();
});

test.describe("in Brazilian Portuguese", () => {
  test("the refused redirect is explained in Portuguese", async ({ browser }) => {
    const { page, models, forbidden, close } = await onStaticHost(browser, { locale: "pt-BR" });
    models.interfere((url) =>
      url === shardUrl(0) ? { redirectTo: `${forbidden.origin}/x.bin` } : undefined,
    );
    await page.goto(appUrl({ downloadMs: 0 }));
    await page
      .getByRole("region", { name: "Modelos" })
      .getByRole("button", { name: /^Baixar / })
      .click();
    const failure = page.getByRole("alert", { name: "Download do modelo" });
    await expect(failure).toContainText("O servidor do modelo mandou o download para outro lugar", {
      timeout: 15_000,
    });
    await failure.getByText("Detalhes técnicos").click();
    await expect(failure).toContainText(
      "huggingface.co respondeu params_shard_0.bin com um redirecionamento para um servidor que não está entre os servidores de modelos deste app.",
    );
    expect(forbidden.requests).toEqual([]);
    await close();
  });
});

test("weight shards redirected to the model host's CDN, as Hugging Face does, download; the log shows where each went", async ({
  playwright,
}) => {
  const cdn = await serveFakeCdn();
  // A browser of its own: only it resolves the CDN's name to the fake CDN on this machine.
  const browser = await playwright.chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, ...webgpuArgs, ...cdn.chromiumArgs],
  });
  try {
    const { page, models, forbidden, close } = await onStaticHost(browser, {
      models: { weightsCdn: cdn.origin },
      extraAllowedHosts: [FAKE_CDN_HOST],
    });
    await page.goto(appUrl({ downloadMs: 0 }));
    await downloadPreselectedModel(page);

    // Every shard was asked of huggingface.co once, and came from the CDN.
    for (let index = 0; index < SHARD_COUNT; index++) {
      expect(models.requests.filter((url) => url === shardUrl(index))).toHaveLength(1);
    }
    expect(cdn.requests.filter((path) => /params_shard_\d+\.bin\?/.test(path))).toHaveLength(SHARD_COUNT);
    const log = await logWhen(
      page,
      (entries) => entries.filter((entry) => entry.redirect).length === SHARD_COUNT,
    );
    const shard0 = log.find((entry) => entry.url === pathOf(shardUrl(0)));
    expect(shard0?.redirect).toBe(
      `Redirected to ${FAKE_CDN_HOST}/repos/mlc-ai/${MODEL}/resolve/main/params_shard_0.bin?X-Amz-Signature=fake`,
    );
    expect(forbidden.requests).toEqual([]);
    await close();
  } finally {
    await browser.close();
    await cdn.close();
  }
});

test("the service worker's own requests never follow the app's server to another host", async ({
  browser,
}) => {
  const { page, forbidden, close } = await onStaticHost(browser, {
    redirects: (host) => ({ "/libs/": `${host.origin}/libs/`, "/data/": `${host.origin}/data/` }),
  });
  await page.goto(appUrl());
  await waitForServiceWorkerControl(page);
  // A same-origin model library (cached by the service worker) and any other file of the app's origin.
  const outcomes = await page.evaluate(async () =>
    Promise.all(
      ["/libs/model-webgpu.wasm", "/data/notes.json"].map((path) =>
        fetch(path).then(
          (response) => `answered ${response.status}`,
          () => "refused",
        ),
      ),
    ),
  );
  expect(outcomes).toEqual(["refused", "refused"]);
  expect(forbidden.requests).toEqual([]);
  await close();
});

test.describe("adding a model by URL", () => {
  async function checkTinyLlama(page: Page) {
    await openModelManager(page);
    await page
      .getByRole("dialog", { name: "Model manager" })
      .getByRole("button", { name: "Add a model" })
      .click();
    const dialog = page.getByRole("dialog", { name: "Add a model" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(TINY_LLAMA.name);
    await dialog.getByRole("textbox", { name: "Model URL" }).fill(TINY_LLAMA.modelUrl);
    await dialog.getByRole("textbox", { name: "Model library URL" }).fill(TINY_LLAMA.libraryUrl);
    await dialog.getByRole("button", { name: "Check model" }).click();
    return dialog;
  }

  test("a config redirected off the model hosts is named, and nothing reaches that host", async ({
    browser,
  }) => {
    const { page, models, forbidden, close } = await onStaticHost(browser);
    models.interfere((url) =>
      url === `${TINY_FILES}mlc-chat-config.json`
        ? { redirectTo: `${forbidden.origin}/config.json` }
        : undefined,
    );
    await page.goto(appUrl());
    const dialog = await checkTinyLlama(page);
    await expect(dialog.getByRole("alert")).toContainText(
      "huggingface.co answered mlc-chat-config.json with a redirect to a host that is not one of this app's model hosts",
    );
    expect(forbidden.requests).toEqual([]);
    await close();
  });

  test("a manifest naming shards outside the model's folder is refused before any shard is fetched", async ({
    browser,
  }) => {
    const { page, context, forbidden, close } = await onStaticHost(browser);
    await context.route(`${TINY_FILES}tensor-cache.json`, (route) =>
      route.fulfill({
        headers: { "access-control-allow-origin": "*" },
        json: { records: [{ dataPath: `${forbidden.origin}/params_shard_0.bin`, nbytes: 1 }] },
      }),
    );
    await page.goto(appUrl());
    const dialog = await checkTinyLlama(page);
    await expect(dialog.getByRole("alert")).toContainText(
      `tensor-cache.json lists a weight shard outside the model's folder: "${forbidden.origin}/params_shard_0.bin"`,
    );
    expect(forbidden.requests).toEqual([]);
    await close();
  });
});
