import { readFile, writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { downloadPreselectedModel, openApp, sendMessage, waitForReply } from "./support/app";
import { closeSettings, openSettings, settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";
import {
  chooseImportFile,
  exportFile,
  importFile,
  jsonFile,
  openTransferMenu,
  sidebar,
} from "./support/transfer";

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent("download");
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

/** Settings → Conversations → "Export conversations" (Settings is left open). */
async function exportAll(page: Page) {
  await openSettings(page, "Conversations");
  return downloadOf(page, () =>
    settingsDialog(page).getByRole("button", { name: "Export conversations" }).click(),
  );
}

async function twoConversations(page: Page) {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: about tides");
  await waitForReply(page);
  await page.getByRole("button", { name: "New chat" }).click();
  await sendMessage(page, "echo: about **volcanoes**");
  await waitForReply(page);
}

test("export all, delete, import back; a second import adds nothing", async ({ page }, testInfo) => {
  await twoConversations(page);
  const exported = await exportAll(page);
  const path = testInfo.outputPath("export.json");
  await writeFile(path, exported.text);
  await closeSettings(page);

  await sidebar(page).getByRole("button", { name: "Delete echo: about tides" }).click();
  await page
    .getByRole("dialog", { name: "Delete conversation?" })
    .getByRole("button", { name: "Delete" })
    .click();
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["echo: about volcanoes"]);

  await importFile(page, path);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 1 conversation; 1 conversation was already here; 2 messages were already here.",
  );
  await expect(sidebar(page).getByRole("listitem")).toHaveText([
    "echo: about volcanoes",
    "echo: about tides",
  ]);
  await closeSettings(page);
  await sidebar(page).getByRole("button", { name: "echo: about tides", exact: true }).click();
  await expect(page.getByRole("listitem", { name: "Assistant said" })).toHaveText(/about tides/);

  await chooseImportFile(page, path);
  await expect(page.getByRole("status").filter({ hasText: "Nothing to import" })).toHaveText(
    "Nothing to import: everything in this file is already here (2 conversations, 4 messages).",
  );
  await page.reload();
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(2);
});

test("a malformed, truncated or foreign file is rejected and nothing changes", async ({ page }, testInfo) => {
  await twoConversations(page);
  const valid = await exportAll(page);
  const cases: [string, string, string][] = [
    ["truncated.json", valid.text.slice(0, valid.text.length / 2), "it looks truncated"],
    ["notes.json", "these are my notes", "not valid JSON"],
    ["package.json", '{"name":"something","version":"1.0.0"}', "not a Sigilo conversations export"],
    [
      "damaged.json",
      valid.text.replace('"role": "assistant"', '"role": "robot"'),
      "Message 2 of Conversation 1 (“echo: about volcanoes”) is damaged: its “role” is missing or wrong",
    ],
  ];
  for (const [name, text, message] of cases) {
    const path = testInfo.outputPath(name);
    await writeFile(path, text);
    await chooseImportFile(page, path);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("Nothing was changed.");
    await expect(sidebar(page).getByRole("listitem")).toHaveText([
      "echo: about volcanoes",
      "echo: about tides",
    ]);
  }
  await page.reload();
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(2);
});

test("an import's refusal can be dismissed, and a successful import replaces it", async ({
  page,
}, testInfo) => {
  await openApp(page);
  const notes = await jsonFile(testInfo, "notes.json", "these are my notes");
  const alert = page.getByRole("alert").filter({ hasText: "Import failed" });
  await chooseImportFile(page, notes);
  await expect(alert).toContainText("not valid JSON");
  await page.getByRole("button", { name: "Dismiss notice" }).click();
  await expect(alert).toHaveCount(0);

  await chooseImportFile(page, notes);
  await expect(alert).toContainText("not valid JSON");
  const good = exportFile([
    {
      id: "c-imported",
      title: "Imported tides",
      titled: true,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      activeLeafId: "m1",
      messages: [
        {
          id: "m1",
          conversationId: "c-imported",
          parentId: null,
          role: "user",
          content: "Why tides?",
          createdAt: 1_700_000_000_000,
          status: "complete",
        },
      ],
    },
  ]);
  await importFile(page, await jsonFile(testInfo, "good.json", good));
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Imported tides"]);
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 conversation" })).toBeVisible();
});

test("one conversation exports as JSON and as Markdown", async ({ page }) => {
  await twoConversations(page);
  await openTransferMenu(page);
  const json = await downloadOf(page, () =>
    page.getByRole("button", { name: "Export this conversation as JSON" }).click(),
  );
  expect(json.name).toMatch(/^sigilo-echo-about-volcanoes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.text);
  expect(file).toMatchObject({ format: "sigilo.conversations", version: 1 });
  expect(file.conversations.map((c: { title: string }) => c.title)).toEqual(["echo: about volcanoes"]);

  const markdown = await downloadOf(page, () =>
    page.getByRole("button", { name: "Export this conversation as Markdown" }).click(),
  );
  expect(markdown.name).toMatch(/\.md$/);
  expect(markdown.text).toContain("# echo: about volcanoes\n");
  expect(markdown.text).toContain("## You\n\necho: about **volcanoes**");
  expect(markdown.text).toContain("about **volcanoes**");

  const all = await downloadOf(page, () =>
    page.getByRole("button", { name: "Export all as Markdown" }).click(),
  );
  expect(all.text).toContain("# echo: about tides");
  expect(all.text).toContain("\n---\n");
});
