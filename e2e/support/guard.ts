import type { BrowserContext } from "@playwright/test";
import { foreignRequests, isForeign } from "./network";

export interface GuardOptions {
  /** "host:port" of the test server, e.g. "localhost:4173" (127.0.0.1 and [::1] on that port count too). */
  localHost: string;
  /** Hosts the test routes itself (fake model hosts): requests to them are not violations. */
  allowedHosts: readonly string[];
  /** Let uncaught page errors pass, for tests that provoke one on purpose. */
  allowPageErrors: boolean;
}

export interface Guard {
  /** Every URL requested so far by the context's pages, their workers and service workers, in order. */
  readonly requests: readonly string[];
  /** Throws, listing every offending URL and page error, if the context broke the rules. */
  verify(): void;
}

/**
 * Watches and fences a browser context. `context.on("request")` sees requests from pages, dedicated
 * workers and service workers alike (checked in e2e/harness.spec.ts), so one listener is enough.
 * Foreign requests are also aborted, so nothing leaves the machine even before `verify()` runs.
 */
export async function installGuard(context: BrowserContext, options: GuardOptions): Promise<Guard> {
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const foreign = (url: URL) => isForeign(url, options.localHost);

  context.on("request", (request) => requests.push(request.url()));
  context.on("weberror", (webError) => pageErrors.push(String(webError.error().stack ?? webError.error())));
  // Registered before the test body runs, so the test's own page.route/context.route handlers take
  // precedence; whatever they leave unhandled (route.fallback) lands here. Even allowed hosts are fenced.
  await context.route(foreign, (route) => route.abort("blockedbyclient"));
  // WebSockets bypass context.route and the request event: record and refuse them here.
  await context.routeWebSocket(foreign, (ws) => {
    requests.push(ws.url());
    return ws.close({ code: 1008, reason: "blocked by the e2e network guard" });
  });

  return {
    requests,
    verify() {
      const problems: string[] = [];
      const offending = foreignRequests(requests, options.localHost, options.allowedHosts);
      if (offending.length > 0) {
        problems.push(
          `The page made ${offending.length} request(s) to hosts other than ${options.localHost} ` +
            `(blocked; if the test routes such a host itself, list it in test.use({ allowedHosts })):\n` +
            offending.map((url) => `  ${url}`).join("\n"),
        );
      }
      if (pageErrors.length > 0 && !options.allowPageErrors) {
        problems.push(
          `Uncaught page error(s) (opt out with test.use({ allowPageErrors: true })):\n` +
            pageErrors.map((error) => `  ${error}`).join("\n"),
        );
      }
      if (problems.length > 0) throw new Error(problems.join("\n\n"));
    },
  };
}
