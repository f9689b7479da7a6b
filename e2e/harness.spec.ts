/// <reference types="@webgpu/types" />
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { installGuard } from "./support/guard";
import {
  fetchFromPage,
  fetchFromServiceWorker,
  fetchFromWorker,
  HARNESS_FILES,
  HARNESS_PATH,
  openWebSocket,
  serveHarness,
} from "./support/harnessPage";
import { foreignRequests, isForeign } from "./support/network";
import { appUrl, expect, test } from "./support/test";

// Tests of the test harness itself: the network guard every spec relies on, and the browser's WebGPU.

test.describe("network guard", () => {
  test("counts only the test server as local", () => {
    const local = "localhost:4173";
    for (const url of [
      "http://localhost:4173/a",
      "http://127.0.0.1:4173/b",
      "http://[::1]:4173/",
      "data:,x",
      "blob:x",
    ]) {
      expect(isForeign(url, local), url).toBe(false);
    }
    for (const url of [
      "http://localhost:5173/",
      "http://localhost:4174/",
      "http://example.invalid/",
      "wss://x.org/",
    ]) {
      expect(isForeign(url, local), url).toBe(true);
    }
    const urls = ["http://localhost:4173/", "https://models.test/m", "https://x.org/a", "https://x.org/a"];
    expect(foreignRequests(urls, local)).toEqual(["https://models.test/m", "https://x.org/a"]);
    expect(foreignRequests(urls, local, ["models.test"])).toEqual(["https://x.org/a"]);
  });

  test("sees and blocks foreign requests from the page, a worker, a service worker and a WebSocket", async ({
    browser,
  }) => {
    // The harness served from a real loopback server (a routed page would have no IP address, and Chromium's
    // Local Network Access check would then refuse loopback by itself, hiding whether the guard did), and
    // a second one standing in for a foreign host that would answer: another port counts as another host.
    const home = await startServer();
    const other = await startServer();
    // A context of its own, so this test can call verify() itself and see it throw.
    const context = await browser.newContext();
    const localHost = new URL(home.origin).host;
    const guard = await installGuard(context, { localHost, allowedHosts: [], allowPageErrors: false });
    const page = await context.newPage();
    await page.goto(`${home.origin}${HARNESS_PATH}`);
    expect(() => guard.verify()).not.toThrow();

    const url = (path: string) => `${other.origin}/${path}`;
    expect(await fetchFromPage(page, url("page"))).toBe("failed");
    expect(await fetchFromWorker(page, url("worker"))).toBe("failed");
    expect(await fetchFromServiceWorker(page, url("service-worker"))).toBe("failed");
    expect(await openWebSocket(page, url("socket").replace("http:", "ws:"))).toBe("failed");
    expect(other.hits, "requests that reached the other server").toEqual([]);

    const expected = [
      url("page"),
      url("worker"),
      url("service-worker"),
      url("socket").replace("http:", "ws:"),
    ];
    expect(guard.requests).toEqual(expect.arrayContaining(expected));
    const message = captureError(() => guard.verify());
    for (const seen of expected) expect(message).toContain(seen);
    await context.close();
    await Promise.all([home.close(), other.close()]);
  });

  test("reports uncaught page errors", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    const guard = await installGuard(context, {
      localHost: new URL(baseURL!).host,
      allowedHosts: [],
      allowPageErrors: false,
    });
    await serveHarness(context, baseURL!);
    const page = await context.newPage();
    await page.goto(HARNESS_PATH);
    await Promise.all([
      page.waitForEvent("pageerror"),
      page.evaluate(() =>
        setTimeout(() => {
          throw new Error("harness boom");
        }),
      ),
    ]);
    expect(() => guard.verify()).toThrow(/harness boom/);
    await context.close();
  });

  // Checks that the auto fixture is wired in (what it detects is checked above). test.fail() would also
  // pass if a step here broke, so the steps are kept to the bare minimum.
  test("fails a test whose page calls a foreign host", async ({ page, context, baseURL }) => {
    test.fail(true, "Expected to fail: the auto networkGuard fixture must fail this test after it runs.");
    await serveHarness(context, baseURL!);
    await page.goto(HARNESS_PATH);
    await page.evaluate(() => fetch("http://example.invalid/x").catch(() => {}));
  });

  test.describe("with allowedHosts", () => {
    test.use({ allowedHosts: ["models.test"] });

    test("lets the test route a host it allowed", async ({ page, context, baseURL, networkGuard }) => {
      await serveHarness(context, baseURL!);
      await page.route("https://models.test/m", (route) => route.fulfill({ body: "weights" }));
      await page.goto(HARNESS_PATH);
      expect(await page.evaluate(() => fetch("https://models.test/m").then((r) => r.text()))).toBe("weights");
      // Allowed is not open: a request the test's route leaves unhandled is still aborted.
      expect(await fetchFromPage(page, "https://models.test/unrouted")).toBe("failed");
      expect(networkGuard.requests).toContain("https://models.test/m");
    });
  });
});

test.describe("WebGPU with --enable-unsafe-webgpu", () => {
  test("requestAdapter gives an adapter on the test server's origin", async ({ page, context, baseURL }) => {
    await serveHarness(context, baseURL!);
    await page.goto(HARNESS_PATH);
    const adapter = await page.evaluate(async () => {
      const found = await navigator.gpu.requestAdapter();
      if (!found) return null;
      const { maxBufferSize, maxStorageBufferBindingSize } = found.limits;
      const f16 = found.features.has("shader-f16");
      return { architecture: found.info.architecture, f16, maxBufferSize, maxStorageBufferBindingSize };
    });
    expect(adapter).not.toBeNull();
    test.info().annotations.push({ type: "webgpu adapter", description: JSON.stringify(adapter) });
  });
});

test("appUrl builds the fixture engine's parameters", () => {
  expect(appUrl()).toBe("/");
  expect(appUrl({ fail: "device-lost", rate: 50, downloadMs: 0 })).toBe(
    "/?fixture-fail=device-lost&fixture-rate=50&fixture-download-ms=0",
  );
});

/** A loopback server on a port of its own that serves the harness files and records every other request. */
async function startServer(): Promise<{ origin: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    const file = HARNESS_FILES[request.url ?? ""];
    if (file) return response.writeHead(200, { "content-type": file.type }).end(file.body);
    hits.push(request.url ?? "");
    response.end("reached");
  });
  server.on("upgrade", (request, socket) => {
    hits.push(request.url ?? "");
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { origin: `http://127.0.0.1:${port}`, hits, close };
}

function captureError(run: () => void): string {
  try {
    run();
  } catch (error) {
    return String(error);
  }
  throw new Error("expected an error");
}
