import { openApp } from "./support/app";
import { closeSettings } from "./support/settings";
import { expect, test } from "./support/test";
import { exportFile, importFile, jsonFile, putRawRecords, sidebar } from "./support/transfer";

/**
 * Titles from storage, files or the user that show nothing (a zero-width space) or that would reverse the
 * text around them (a right-to-left override left open) are shown cleaned: the untitled name, or the title's
 * words in their own order.
 */
const NOW = Date.now();
const ZERO_WIDTH = "\u200B";
const RIGHT_TO_LEFT_OVERRIDE = "\u202E";

function conversation(id: string, title: string, updatedAt: number) {
  return { id, title, titled: true, createdAt: updatedAt, updatedAt };
}

function question(conversationId: string, createdAt: number) {
  return {
    id: `${conversationId}-q`,
    conversationId,
    parentId: null,
    role: "user",
    content: `A question in ${conversationId}`,
    createdAt,
    status: "complete",
  };
}

test("stored, imported and renamed titles that show nothing or reverse their row are shown cleaned", async ({
  page,
}, testInfo) => {
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await putRawRecords(page, {
    conversations: [
      conversation("blank", ZERO_WIDTH, NOW),
      conversation("reversed", `${RIGHT_TO_LEFT_OVERRIDE}Quarterly report`, NOW - 1),
    ],
    messages: [question("blank", NOW), question("reversed", NOW - 1)],
  });
  await page.reload();
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["New chat", "Quarterly report"]);

  // A new name of zero-width characters is no name: the title stays.
  await sidebar(page).getByRole("button", { name: "Rename Quarterly report" }).click();
  const field = sidebar(page).getByRole("textbox", { name: "Conversation title" });
  await field.fill(`${ZERO_WIDTH}${ZERO_WIDTH}`);
  await field.press("Enter");
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["New chat", "Quarterly report"]);

  const file = exportFile([
    {
      ...conversation("from-file", `\u2067${RIGHT_TO_LEFT_OVERRIDE}From a file`, NOW + 1),
      messages: [question("from-file", NOW + 1)],
    },
  ]);
  await importFile(page, await jsonFile(testInfo, "titles.json", file));
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 1 conversation.",
  );
  await closeSettings(page);
  await expect(sidebar(page).getByRole("listitem")).toHaveText([
    "From a file",
    "New chat",
    "Quarterly report",
  ]);

  await page.reload();
  await expect(sidebar(page).getByRole("listitem")).toHaveText([
    "From a file",
    "New chat",
    "Quarterly report",
  ]);
  const names = await sidebar(page).getByRole("listitem").allTextContents();
  expect(names.join("")).not.toMatch(/[\u200B\u202A-\u202E\u2066-\u2069]/);
});
