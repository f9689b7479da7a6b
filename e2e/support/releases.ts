import type { Browser, BrowserContext, Page } from "@playwright/test";
import { downloadPreselectedModel } from "./app";
import { appUrl, type FixtureParams } from "./appUrl";
import { FAKE_MODEL_HOSTS, serveFakeModels, type FakeModelHost } from "./fakeModelHost";
import { installGuard, type Guard } from "./guard";
import { waitForServiceWorkerControl } from "./pwa";
import { serveBuild, type StaticServer } from "./staticServer";

/** A release served on a server of its own (so shipping a new one affects no other test), and a page on it. */
export interface RunningRelease {
  server: StaticServer;
  context: BrowserContext;
  guard: Guard;
  /** The fake model host serving the model's files on the model hosts. */
  host: FakeModelHost;
  page: Page;
}

/** The fixture build, with its preselected model downloaded, under its service worker's control. */
export async function releaseWithModel(browser: Browser, params: FixtureParams): Promise<RunningRelease> {
  const server = await serveBuild("dist-fixture");
  const context = await browser.newContext({ baseURL: server.origin });
  const guard = await installGuard(context, {
    localHost: new URL(server.origin).host,
    allowedHosts: FAKE_MODEL_HOSTS,
    allowPageErrors: false,
  });
  const host = await serveFakeModels(context);
  const page = await context.newPage();
  await page.goto(appUrl(params));
  await downloadPreselectedModel(page);
  await waitForServiceWorkerControl(page);
  return { server, context, guard, host, page };
}

/** Closes the page's context and the server, then checks the page made no request it should not have. */
export async function closeRelease({ context, server, guard }: RunningRelease): Promise<void> {
  await context.close();
  await server.close();
  guard.verify();
}
