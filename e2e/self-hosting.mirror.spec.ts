import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { modelHosts } from "../src/domain/modelHosts";
import { contentSecurityPolicy } from "../src/lib/contentSecurityPolicy";
import {
  assistantMessages,
  expectModelReady,
  modelsRegion,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { SHARD_COUNT } from "./support/fakeModelHost";
import { mirrorBuild } from "./support/mirrorBuild";
import {
  runMirrorScript,
  serveFakeUpstream,
  serveMirrorFolder,
  type LoggingServer,
} from "./support/mirrorServers";
import { loggedRequests, openPrivacyPanel, privacyPanel } from "./support/privacy";
import { waitForServiceWorkerControl } from "./support/pwa";
import { closeSettings } from "./support/settings";
import { expect, test } from "./support/test";
import { openModelManager } from "./support/customModels";

/**
 * README, "Host it yourself", done as an organisation would: `npm run mirror` into a folder, that folder
 * served by a plain static server on another origin, the app built with VITE_MODEL_MIRROR pointing at it
 * (playwright.config.ts builds it: project "chromium-mirror"). The public model hosts are not served
 * here at all (`serveModels: false`): a request to them would be refused and fail the test.
 */
const setup = mirrorBuild();
const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const MODEL_NAME = "Qwen2.5 0.5B Instruct (f32)";
const LIBRARY = "Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm";
const modelFiles = `${setup.mirrorPath}mlc-ai/${MODEL}/resolve/main/`;

test.use({ serveModels: false, allowedHosts: [new URL(setup.mirrorOrigin).host] });
// One mirror server on a fixed port (the build names it), so the tests share one worker.
test.describe.configure({ mode: "serial" });

let mirrorFolder: string;
let mirrorScriptOutput: string;
let mirror: LoggingServer;

test.beforeAll(async () => {
  // Step 1, with the README's own command, reading from a local stand-in for Hugging Face and GitHub.
  const readmeCommand = /npm run mirror -- (.+)/.exec(await readFile("README.md", "utf8"))?.[1];
  expect(readmeCommand, "README shows the `npm run mirror` command").toBeDefined();
  const args = readmeCommand!.trim().split(/\s+/);
  mirrorFolder = await mkdtemp(join(tmpdir(), "sigilo-mirror-"));
  args[args.indexOf("--out") + 1] = mirrorFolder;
  expect(args[args.indexOf("--models") + 1]).toContain(MODEL);
  const upstream = await serveFakeUpstream();
  try {
    mirrorScriptOutput = await runMirrorScript([...args, "--upstream", upstream.origin]);
  } finally {
    await upstream.close();
  }
  // Step 2: any static server, sending Access-Control-Allow-Origin: <the app's origin>.
  mirror = await serveMirrorFolder({
    folder: mirrorFolder,
    port: setup.mirrorPort,
    path: setup.mirrorPath,
    appOrigin: setup.appOrigin,
  });
});

test.afterAll(async () => {
  await mirror?.close();
  if (mirrorFolder) await rm(mirrorFolder, { recursive: true, force: true });
});

test.beforeEach(async ({ context }) => {
  // The network guard refuses every host but the app's; this test's mirror is a real server, let through.
  await context.route(`${setup.mirrorOrigin}/**`, (route) => route.continue());
});

test("the mirror script says how to serve the folder, as the README does", () => {
  expect(mirrorScriptOutput).toContain("Access-Control-Allow-Origin: <the app's origin>");
  expect(mirrorScriptOutput).toContain("VITE_MODEL_MIRROR=");
});

test("the page's security policy lets it connect to exactly its own origin and the mirror", async ({
  page,
}) => {
  const violations = await recordCspViolations(page);
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toBe(contentSecurityPolicy(modelHosts(setup.mirrorUrl)));
  expect(policy).toContain(`connect-src 'self' ${setup.mirrorOrigin};`);
  expect(policy).not.toMatch(/huggingface|hf\.co|githubusercontent/);

  // Enforced by the browser, not just written: the public hosts are refused before any request is made.
  const outcome = await page.evaluate(() =>
    fetch("https://huggingface.co/mlc-ai/x/resolve/main/mlc-chat-config.json").then(
      () => "sent",
      () => "refused",
    ),
  );
  expect(outcome).toBe("refused");
  await expect
    .poll(async () =>
      (await violations()).some((line) => line.startsWith("connect-src https://huggingface.co")),
    )
    .toBe(true);
});

test("a catalog model is downloaded from the mirror only, and chats", async ({ page, networkGuard }) => {
  await openApp(page, { rate: 0 });
  await waitForServiceWorkerControl(page);
  await openModelManager(page);
  const manager = page.getByRole("dialog", { name: "Model manager" });
  await expect(manager).toContainText(setup.mirrorUrl);
  await manager.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  const picker = modelsRegion(page);
  await picker.getByRole("radio", { name: MODEL_NAME }).check();
  await picker.getByRole("button", { name: `Download ${MODEL_NAME}` }).click();
  await expectModelReady(page);
  await sendMessage(page, "echo: served from our own mirror");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("served from our own mirror");

  // What the browser sent: the app's own files, and model files from the mirror's folder; nothing else.
  const requested = networkGuard.requests.map((url) => new URL(url));
  const elsewhere = requested.filter(
    (url) =>
      url.origin !== setup.appOrigin &&
      !(url.origin === setup.mirrorOrigin && url.pathname.startsWith(setup.mirrorPath)),
  );
  expect(elsewhere.map(String)).toEqual([]);
  const fromMirror = new Set(
    requested.filter((url) => url.origin === setup.mirrorOrigin).map((url) => url.pathname),
  );
  const expected = [
    "mlc-chat-config.json",
    "tokenizer.json",
    "tensor-cache.json",
    ...Array.from({ length: SHARD_COUNT }, (_, index) => `params_shard_${index}.bin`),
  ].map((file) => `${modelFiles}${file}`);
  expect([...fromMirror].sort()).toEqual([...expected, `${setup.mirrorPath}libs/v0_2_86/${LIBRARY}`].sort());
  // ...and the mirror received each of them (served from the folder `npm run mirror` wrote).
  for (const path of fromMirror) expect(mirror.requests).toContain(`GET ${path}`);
  // No model request ever reached the app's own origin either (a same-origin fallback would hide a bug).
  expect(requested.filter((url) => url.origin === setup.appOrigin && isModelPath(url.pathname))).toEqual([]);

  // What the user sees in the Privacy panel agrees: every model file and the library came from the mirror.
  await openPrivacyPanel(page);
  const panel = privacyPanel(page);
  const mirrorHost = new URL(setup.mirrorOrigin).host;
  await expect(async () => {
    await panel.getByRole("button", { name: "Refresh" }).click();
    const models = (await loggedRequests(page)).filter((request) => request.purpose !== "app file");
    expect(new Set(models.map((request) => request.url))).toEqual(
      new Set([...fromMirror].map((path) => `${mirrorHost}${path}`)),
    );
    expect(new Set(models.map((request) => request.purpose))).toEqual(
      new Set(["model file", "model library"]),
    );
  }).toPass();
});

function isModelPath(path: string): boolean {
  return /\/resolve\/main\/|\.wasm$/.test(path) && !path.startsWith("/assets/");
}

/** Collects Content-Security-Policy violations from the start of every page load. */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? []);
}
