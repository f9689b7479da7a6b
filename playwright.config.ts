import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium, webgpuArgs } from "./e2e/support/browser";
import { DEFAULT_E2E_PORT, mirrorBuild } from "./e2e/support/mirrorBuild";

// Ports can be moved (E2E_PORT) so two checkouts can run their suites side by side. The default is not
// `npm start`'s 4173, so the app left running there is never mistaken for the test build.
const fixturePort = Number(process.env.E2E_PORT ?? DEFAULT_E2E_PORT);
const productionPort = fixturePort + 1;
const baseURL = `http://localhost:${fixturePort}`;
/** The production build (real web-llm engine), for the few tests that check the real worker. */
const productionURL = `http://localhost:${productionPort}`;
/** A fixture build made for an organisation's model mirror (E2E_PORT+2; the mirror itself is on +3). */
const mirror = mirrorBuild(fixturePort);
/**
 * A server already listening on a test port is reused only when asked (E2E_REUSE_SERVERS=1, for iterating on
 * one spec against builds you keep serving): otherwise whatever answers there could be an older or another
 * build, and the tests would check that instead.
 */
const reuseExistingServer = process.env.E2E_REUSE_SERVERS === "1";
/**
 * Which builds to serve: all by default; E2E_SERVERS=fixture (comma-separated: fixture, production, mirror)
 * saves the other builds' time when running only specs that need those.
 */
const servers = new Set((process.env.E2E_SERVERS ?? "fixture,production,mirror").split(","));
// Resolved once, here, so a machine without Chromium fails at startup with a message saying what to install.
const executablePath = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2, // the machines we run on have two cores
  retries: process.env.CI ? 1 : 0,
  // Tests wait for what they need, never for a fixed time; a shared 2-core machine can make a whole test
  // (a download, a reply, a reload) take more than Playwright's default 30 s.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  // `npm test` type-checks first, so the servers only bundle (and two `tsc -b` never race).
  webServer: [
    servers.has("fixture") && {
      command: `npx vite build --mode fixture && npx vite preview --mode fixture --port ${fixturePort} --strictPort`,
      url: baseURL,
      reuseExistingServer,
      timeout: 180_000,
    },
    servers.has("production") && {
      command: `npx vite build && npx vite preview --port ${productionPort} --strictPort`,
      url: productionURL,
      reuseExistingServer,
      timeout: 180_000,
    },
    servers.has("mirror") && {
      command:
        `npx vite build --mode fixture --outDir dist-mirror && ` +
        `npx vite preview --mode fixture --outDir dist-mirror --port ${mirror.appPort} --strictPort`,
      env: { VITE_MODEL_MIRROR: mirror.mirrorUrl },
      url: mirror.appOrigin,
      reuseExistingServer,
      timeout: 180_000,
    },
  ].filter((server) => server !== false),
  use: { baseURL, trace: "on-first-retry" },
  projects: [
    {
      name: "chromium-webgpu",
      testIgnore: ["**/*.nogpu.spec.ts", "**/*.webllm.spec.ts", "**/*.mirror.spec.ts"],
      use: {
        browserName: "chromium",
        launchOptions: { executablePath, args: [...chromiumArgs, ...webgpuArgs] },
      },
    },
    {
      // Same browser without the WebGPU flag: navigator.gpu exists but requestAdapter() resolves to null.
      name: "chromium-no-webgpu",
      testMatch: "**/*.nogpu.spec.ts",
      use: { browserName: "chromium", launchOptions: { executablePath, args: [...chromiumArgs] } },
    },
    {
      // The production build with the real web-llm worker; no model can be downloaded here, so these
      // tests cover what happens around it (start-up, cache queries, a model host that cannot be reached).
      name: "chromium-webllm",
      testMatch: "**/*.webllm.spec.ts",
      use: {
        baseURL: productionURL,
        browserName: "chromium",
        launchOptions: { executablePath, args: [...chromiumArgs, ...webgpuArgs] },
      },
    },
    {
      // Self-hosting: every model file from the organisation's mirror (README, "Host it yourself").
      name: "chromium-mirror",
      testMatch: "**/*.mirror.spec.ts",
      // The mirror build names one model host port; each mirror spec serves it in turn.
      workers: 1,
      use: {
        baseURL: mirror.appOrigin,
        browserName: "chromium",
        launchOptions: { executablePath, args: [...chromiumArgs, ...webgpuArgs] },
      },
    },
  ],
});
