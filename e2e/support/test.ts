import { test as base, expect } from "@playwright/test";
import { FAKE_MODEL_HOSTS, serveFakeModels, type FakeModelHost } from "./fakeModelHost";
import { installGuard, type Guard } from "./guard";

export { expect };
export { appUrl, type FixtureParams } from "./appUrl";

interface GuardOptions {
  /** Hosts this test routes itself with page.route (a fake model host, say); any other host fails the test. */
  allowedHosts: string[];
  /** Set for tests that provoke an uncaught page error on purpose. */
  allowPageErrors: boolean;
  /** Serve fake model files on the model hosts (on by default; off leaves them blocked). */
  serveModels: boolean;
}

interface GuardFixtures {
  /** Runs for every test; read `networkGuard.requests` to assert on what the page fetched. */
  networkGuard: Guard;
  /** The fake model files every test's downloads fetch; read `modelHost.requests` to see what was fetched. */
  modelHost: FakeModelHost | undefined;
}

/**
 * Playwright's `test` with every test fenced to the local test server: a request to any other host (from
 * the page, a worker or the service worker) is aborted and fails the test after it runs, and so does an
 * uncaught page error. Specs import `test` and `expect` from here, not from @playwright/test.
 */
export const test = base.extend<GuardOptions & GuardFixtures>({
  allowedHosts: [[], { option: true }],
  allowPageErrors: [false, { option: true }],
  serveModels: [true, { option: true }],
  networkGuard: [
    // The second parameter is Playwright's `use`, renamed so the React hooks lint rule leaves it alone.
    async ({ context, baseURL, allowedHosts, allowPageErrors, serveModels }, provide) => {
      if (!baseURL) throw new Error("The network guard needs `use.baseURL` to know which host is local.");
      const guard = await installGuard(context, {
        localHost: new URL(baseURL).host,
        allowedHosts: serveModels ? [...allowedHosts, ...FAKE_MODEL_HOSTS] : allowedHosts,
        allowPageErrors,
      });
      await provide(guard);
      guard.verify();
    },
    { auto: true },
  ],
  // After the guard, so these routes take precedence over its blanket refusal.
  modelHost: [
    async ({ context, networkGuard, serveModels }, provide) => {
      void networkGuard;
      await provide(serveModels ? await serveFakeModels(context) : undefined);
    },
    { auto: true },
  ],
});
