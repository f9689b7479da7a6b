import { writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { strToU8, zipSync } from "fflate";
import { chatGptExportSample } from "../src/test/chatgptExportSample";
import { assistantMessages, messages, openApp } from "./support/app";
import { expect, test } from "./support/test";
import { chooseImportFile, importPreview, jsonFile, sidebar } from "./support/transfer";
import { closeSettings } from "./support/settings";

function userMessages(page: Page) {
  return page.getByRole("listitem", { name: "You said" });
}

test("a ChatGPT export is previewed, imported with its versions and models, found by search, and only once", async ({
  page,
}, testInfo) => {
  await openApp(page, { rate: 0 });
  const path = await jsonFile(testInfo, "conversations.json", chatGptExportSample());

  // The preview says what the file is, what it adds and what it leaves out, before anything changes.
  await chooseImportFile(page, path);
  const preview = importPreview(page);
  await expect(preview).toContainText("This is a ChatGPT export: every version of each message is imported.");
  await expect(
    preview.getByRole("region", { name: "2 new conversations:" }).getByRole("listitem"),
  ).toHaveText(["“Trip to Lisbon” (7 messages)", "“Explain tides” (2 messages)"]);
  await expect(preview.getByRole("region", { name: "Not imported:" }).getByRole("listitem")).toHaveText([
    "1 image (a note marks each)",
    "2 tool calls and outputs",
    "3 hidden or system messages",
    "1 empty message",
    "1 reasoning note or other content",
    "1 conversation with nothing readable",
  ]);
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(0);
  await preview.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText(
    "Imported 2 conversations; not imported: 1 image",
  );
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Trip to Lisbon", "Explain tides"]);
  await closeSettings(page); // the list is in reach

  // The branch ChatGPT showed last is the one on screen, each reply signed by the model that wrote it.
  await sidebar(page).getByRole("button", { name: "Trip to Lisbon", exact: true }).click();
  await expect(messages(page)).toHaveCount(4);
  await expect(userMessages(page).last()).toContainText(
    "An image was here: images are not imported from ChatGPT.",
  );
  await expect(userMessages(page).last()).toContainText("What is this pastry?");
  await expect(assistantMessages(page).last()).toContainText("A pastel de nata.");
  await expect(assistantMessages(page).last().getByText("gpt-3.5 (imported)", { exact: true })).toBeVisible();

  // A regenerated answer is a version of the first answer; going back shows the first one ChatGPT wrote.
  const firstAnswer = assistantMessages(page).first();
  await expect(firstAnswer.getByLabel("Version 2 of 2")).toBeVisible();
  await expect(firstAnswer.getByText("gpt-4o (imported)", { exact: true })).toBeVisible();
  await firstAnswer.getByRole("button", { name: "Previous version" }).click();
  await expect(firstAnswer).toContainText("Belém and Alfama, for a start.");
  await expect(messages(page)).toHaveCount(2);
  await firstAnswer.getByRole("button", { name: "Next version" }).click();
  await expect(messages(page)).toHaveCount(4);

  // An edited question is a version too: its first wording leads to the answer written after a tool run.
  const secondQuestion = userMessages(page).last();
  await expect(secondQuestion.getByLabel("Version 2 of 2")).toBeVisible();
  await secondQuestion.getByRole("button", { name: "Previous version" }).click();
  await expect(secondQuestion).toContainText("How far is Sintra? Work it out.");
  await expect(assistantMessages(page).last()).toContainText("About 28 km: 40 minutes by train.");
  await expect(assistantMessages(page).last().getByText("o3 (imported)", { exact: true })).toBeVisible();
  await expect(page.getByText("print(28 / 40)")).toHaveCount(0);

  // Search finds imported text, in the other conversation too.
  await sidebar(page).getByRole("button", { name: "Explain tides", exact: true }).click();
  await page.getByRole("searchbox", { name: "Search conversations" }).fill("pastel de nata");
  const results = page.getByRole("list", { name: "Search results" }).getByRole("button");
  await expect(results).toHaveCount(1);
  await results.first().click();
  await expect(assistantMessages(page).filter({ hasText: "A pastel de nata." })).toBeVisible();

  // The same export again adds nothing; after a reload everything is still there.
  await chooseImportFile(page, path);
  await expect(page.getByRole("status").filter({ hasText: "Nothing to import" })).toHaveText(
    "Nothing to import: everything in this file is already here (2 conversations, 9 messages).",
  );
  await page.reload();
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Trip to Lisbon", "Explain tides"]);
});

test("a cut-off ChatGPT export is refused with the reason, and nothing changes", async ({
  page,
}, testInfo) => {
  await openApp(page, { rate: 0 });
  const whole = JSON.stringify(chatGptExportSample());
  const path = await jsonFile(testInfo, "conversations.json", whole.slice(0, whole.length / 2));
  await chooseImportFile(page, path);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("it looks truncated");
  await expect(alert).toContainText("Nothing was changed.");
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(0);
});

test("ChatGPT's whole export archive (.zip) can be chosen as it was downloaded", async ({
  page,
}, testInfo) => {
  await openApp(page, { rate: 0 });
  const archive = zipSync({
    "user.json": strToU8('{"id":"user-1"}'),
    "chat.html": strToU8("<html></html>"),
    "conversations.json": strToU8(JSON.stringify(chatGptExportSample())),
  });
  const path = testInfo.outputPath("chatgpt-export.zip");
  await writeFile(path, archive);
  await chooseImportFile(page, path);
  const preview = importPreview(page);
  await expect(preview).toContainText("This is a ChatGPT export: every version of each message is imported.");
  await preview.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText(
    "Imported 2 conversations",
  );
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Trip to Lisbon", "Explain tides"]);

  const notAnExport = testInfo.outputPath("photos.zip");
  await writeFile(notAnExport, zipSync({ "photo.txt": strToU8("not a photo") }));
  await chooseImportFile(page, notAnExport);
  await expect(page.getByRole("alert")).toContainText("The archive has no conversations.json");
});
