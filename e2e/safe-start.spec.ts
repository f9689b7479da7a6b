import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { messages, openApp } from "./support/app";
import { expect, test } from "./support/test";
import { putRawRecords, sidebar } from "./support/transfer";

const NOW = Date.now();

async function oneStoredConversation(page: Page) {
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await putRawRecords(page, {
    conversations: [{ id: "c1", title: "Tides", titled: true, createdAt: NOW, updatedAt: NOW }],
    messages: [
      {
        id: "m1",
        conversationId: "c1",
        parentId: null,
        role: "user",
        content: "Why two tides a day?",
        createdAt: NOW,
        status: "complete",
      },
    ],
  });
  await page.reload();
  await expect(messages(page)).toHaveText([/Why two tides a day\?/]);
}

/** Markers of starts under way (see src/services/startup/startupJournal.ts). */
function startMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("sigilo.start.")));
}

const safeStart = (page: Page) =>
  page.getByRole("region", { name: "Sigilo did not finish opening last time" });

test("a start that did not finish makes the next one safe: nothing reopened, export and repair offered", async ({
  page,
}) => {
  await oneStoredConversation(page);
  // A finished start leaves no marker behind.
  await expect.poll(() => startMarkers(page)).toEqual([]);

  // As a start that crashed or hung would have left it.
  await page.evaluate(() => localStorage.setItem("sigilo.start.crashed", String(Date.now())));
  await page.reload();
  const notice = safeStart(page);
  await expect(notice).toContainText("this time no conversation was reopened");
  await expect(messages(page)).toHaveCount(0);
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Tides"]);

  const download = page.waitForEvent("download");
  await notice.getByRole("button", { name: "Export everything" }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, "utf8"));
  expect(file.conversations.map((c: { title: string }) => c.title)).toEqual(["Tides"]);
  await expect(notice.getByRole("status").filter({ hasText: "Exported" })).toHaveText(
    "Exported 1 conversation.",
  );

  await notice.getByRole("button", { name: "Check and repair conversations" }).click();
  await expect(notice.getByRole("status").filter({ hasText: "Checked" })).toHaveText(
    "Checked 1 conversation: none needed repair.",
  );
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);

  // The safe start finished, so the next one is normal again.
  await page.reload();
  await expect(messages(page)).toHaveText([/Why two tides a day\?/]);
  await expect(safeStart(page)).toHaveCount(0);
});

test("a start that never painted the reopened conversation counts as unfinished", async ({
  page,
  context,
}) => {
  await oneStoredConversation(page);
  // As seen by a hung tab: no frame is painted once the conversation is reopened, and closing the tab runs
  // nothing (a busy main thread cannot run a pagehide handler).
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
    const addEventListener = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: [EventListener]) => {
      if (type !== "pagehide") addEventListener(type, ...rest);
    }) as typeof window.addEventListener;
  });
  await page.reload();
  await expect(messages(page)).toHaveText([/Why two tides a day\?/]);
  expect(await startMarkers(page)).toHaveLength(1);
  await page.close();

  const next = await context.newPage();
  await next.goto("/");
  await expect(safeStart(next)).toBeVisible();
  await expect(messages(next)).toHaveCount(0);
});

test("two tabs starting at once do not take each other for a failed start", async ({ page, context }) => {
  await oneStoredConversation(page);
  const other = await context.newPage();
  await Promise.all([page.reload(), other.goto("/")]);
  for (const tab of [page, other]) {
    await expect(messages(tab)).toHaveText([/Why two tides a day\?/]);
    await expect(safeStart(tab)).toHaveCount(0);
  }
});
