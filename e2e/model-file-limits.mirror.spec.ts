import { createServer, type Server } from "node:http";
import type { Page } from "@playwright/test";
import { failedDownload, openApp } from "./support/app";
import { modelManager, openModelManager } from "./support/customModels";
import { mirrorBuild } from "./support/mirrorBuild";
import { expect, test } from "./support/test";

/**
 * A model host that serves a 200 MB mlc-chat-config.json and never says how long it is (no
 * Content-Length, chunked), as a hostile or broken server would: the add-a-model check and the download
 * both stop reading past the config's limit and refuse it in words, instead of reading 200 MB into
 * memory. It needs a real HTTP server streaming the body, so it runs in the mirror build, whose model
 * host is a loopback port the test can serve (see support/mirrorBuild.ts; one test at a time uses it).
 */
const setup = mirrorBuild();
const HUGE = 200 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

test.use({ serveModels: false, allowedHosts: [new URL(setup.mirrorOrigin).host] });
test.describe.configure({ mode: "serial" });

interface Streamed {
  path: string;
  sentBytes: number;
  /** The client hung up before the body's end. */
  cutOff: boolean;
}

let server: Server;
const streamed: Streamed[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const cors = { "access-control-allow-origin": setup.appOrigin };
    if (!path.startsWith(setup.mirrorPath) || !path.endsWith("/resolve/main/mlc-chat-config.json")) {
      return void response.writeHead(404, cors).end();
    }
    const record: Streamed = { path, sentBytes: 0, cutOff: false };
    streamed.push(record);
    response.writeHead(200, { ...cors, "content-type": "application/json" });
    const send = () => {
      while (record.sentBytes < HUGE) {
        record.sentBytes += CHUNK.byteLength;
        if (!response.write(CHUNK)) return void response.once("drain", send);
      }
      response.end();
    };
    response.on("close", () => (record.cutOff = !response.writableFinished));
    send();
  });
  await new Promise<void>((resolve) => server.listen(setup.mirrorPort, "127.0.0.1", resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.beforeEach(async ({ context }) => {
  // The network guard refuses every host but the app's; this test's model host is a real server, let through.
  await context.route(`${setup.mirrorOrigin}/**`, (route) => route.continue());
});

/** The streamed request whose path holds `part`, once the browser has hung up on it. */
async function cutOffAfterLimit(part: string): Promise<Streamed> {
  const request = () => streamed.find((entry) => entry.path.includes(part));
  await expect.poll(() => request()?.cutOff).toBe(true);
  return request()!;
}

function addDialog(page: Page) {
  return page.getByRole("dialog", { name: "Add a model" });
}

test("Add a model: a 200 MB config without Content-Length is refused after the first megabyte", async ({
  page,
}) => {
  await openApp(page);
  await openModelManager(page);
  await modelManager(page).getByRole("button", { name: "Add a model" }).click();
  const dialog = addDialog(page);
  await dialog.getByRole("textbox", { name: "Name" }).fill("Huge config");
  await dialog.getByRole("textbox", { name: "Model URL" }).fill(`${setup.mirrorUrl}someone/Huge-Config-MLC`);
  await dialog
    .getByRole("textbox", { name: "Model library URL" })
    .fill(`${setup.mirrorUrl}libs/Huge-webgpu.wasm`);
  await dialog.getByRole("button", { name: "Check model" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "This model cannot be used: mlc-chat-config.json is larger than 1.0 MB, the most Sigilo reads of this file; reading stopped there.",
  );
  // The app stopped reading; the host got nowhere near sending all of it.
  const request = await cutOffAfterLimit("/someone/Huge-Config-MLC/");
  expect(request.sentBytes).toBeLessThan(HUGE / 4);
  // Nothing was saved, and the app still answers.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(modelManager(page)).toContainText("Models you add by URL appear here");
});

test("a download: a 200 MB config without Content-Length fails in words, and nothing is stored", async ({
  page,
}) => {
  await openApp(page);
  const failure = await failedDownload(page, "The model's files cannot be used");
  await expect(failure).toContainText(
    "mlc-chat-config.json is larger than 1.0 MB, the most Sigilo reads of this file; reading stopped there.",
  );
  const request = await cutOffAfterLimit("/mlc-ai/");
  expect(request.sentBytes).toBeLessThan(HUGE / 4);

  await openModelManager(page);
  await expect(modelManager(page)).toContainText("No models are stored in this browser.");
});
