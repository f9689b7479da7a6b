import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { assistantMessages, expectModelReady, sendMessage, waitForReply } from "./support/app";
import { closeRelease, releaseWithModel, type RunningRelease } from "./support/releases";
import { expect, test } from "./support/test";

/**
 * Two fixture builds that differ only in their web-llm runtime (the library folder of every catalog
 * model): dist-fixture (v0_2_86, as the fixture server builds it) and this one, a release with v0_2_87,
 * served from the same origin one after the other.
 */
const NEXT_BUILD = "dist-fixture-next";
const NEXT_LIBRARY = "/web-llm-models/v0_2_87/";

// One build for both tests, in one worker.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await promisify(execFile)("npx", ["vite", "build", "--mode", "fixture", "--outDir", NEXT_BUILD], {
    env: { ...process.env, SIGILO_FIXTURE_LIBRARY_VERSION: "v0_2_87" },
  });
});

async function deployNextRelease({ server, page }: RunningRelease): Promise<void> {
  server.deployBuild(NEXT_BUILD);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
}

/** The keys of web-llm's library cache, read raw. */
function storedLibraries(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open("webllm/wasm");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("urls").objectStore("urls").getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

const updateNote = (page: Page) => page.getByRole("status").filter({ hasText: "New version available" });

test("an update to a new web-llm fetches the stored model's library first, then runs it offline and deletes the old one", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const running = await releaseWithModel(browser, { rate: 50, downloadMs: 100 });
  const { page, host, context } = running;
  const [oldLibrary] = await storedLibraries(page);
  expect(oldLibrary).toContain("/web-llm-models/v0_2_86/");

  await deployNextRelease(running);
  const note = updateNote(page);
  const reload = note.getByRole("button", { name: "Reload" });
  await expect(note).toContainText("1 model library for it downloaded (48 KB).");
  await expect(reload).toBeEnabled();
  expect(await storedLibraries(page)).toEqual(
    expect.arrayContaining([oldLibrary, expect.stringContaining(NEXT_LIBRARY)]),
  );

  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await expectModelReady(page);
  // The old runtime's library went once the new version listed what is stored.
  await expect.poll(() => storedLibraries(page)).toEqual([expect.stringContaining(NEXT_LIBRARY)]);

  // The new version runs the model with no network at all: nothing was left to fetch.
  const requestsBefore = host.requests.length;
  await context.setOffline(true);
  await page.reload();
  await expectModelReady(page);
  await sendMessage(page, "echo: after the update");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("after the update");
  expect(host.requests.slice(requestsBefore)).toEqual([]);

  await closeRelease(running);
});

test("offline, or when a library cannot be fetched, the update waits, says why, and this version keeps working", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const running = await releaseWithModel(browser, { rate: 50, downloadMs: 100 });
  const { page, host, context } = running;
  const note = updateNote(page);
  const reload = note.getByRole("button", { name: "Reload" });

  host.interfere((url) => (url.includes(NEXT_LIBRARY) ? "drop" : undefined));
  await deployNextRelease(running);
  await expect(note).toContainText("It waits: a model library could not be downloaded");
  await expect(note).toContainText("This version keeps working.");
  await expect(reload).toBeDisabled();

  // Tried again, and the connection goes while the library is on its way.
  host.interfere((url) => (url.includes(NEXT_LIBRARY) ? "hold" : undefined));
  const libraryRequests = () => host.requests.filter((url) => url.includes(NEXT_LIBRARY)).length;
  const requestsBefore = libraryRequests();
  await note.getByRole("button", { name: "Try again" }).click();
  await expect(note).toContainText("Downloading before it takes over…");
  // The note says "Downloading" before the request leaves: released earlier, it would be held for good.
  await expect.poll(libraryRequests).toBe(requestsBefore + 1);
  await context.setOffline(true);
  host.releaseHeld();
  await expect(note).toContainText(
    "The update needs 1 model library (about 48 KB). It waits until you are back online; this version keeps working.",
  );
  await expect(reload).toBeDisabled();
  await sendMessage(page, "echo: still the first release");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("still the first release");

  host.interfere(() => undefined);
  await context.setOffline(false);
  await expect(note).toContainText("1 model library for it downloaded (48 KB).");
  await expect(reload).toBeEnabled();

  await closeRelease(running);
});
