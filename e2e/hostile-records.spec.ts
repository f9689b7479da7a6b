import type { Page } from "@playwright/test";
import { messages, openApp } from "./support/app";
import { closeSettings } from "./support/settings";
import { expect, test } from "./support/test";
import { exportFile, importFile, jsonFile, putRawRecords, sidebar } from "./support/transfer";

/**
 * Records that keep the letter of the record schema but not its sense: a time no date can hold, and the
 * like. Each came from a file or a damaged database and must neither take the app down nor hide the
 * user's words, on this start or the next.
 */
/** Finite, so it passed every check, but past what a Date holds: formatting it threw a RangeError. */
const NO_DATE = 1e300;

function timeless(id: string, title: string) {
  const message = (suffix: string, parentId: string | null, role: string, content: string) => ({
    id: `${id}-${suffix}`,
    conversationId: id,
    parentId,
    role,
    content,
    createdAt: NO_DATE,
    status: "complete",
  });
  return {
    conversation: { id, title, titled: true, createdAt: -NO_DATE, updatedAt: NO_DATE },
    messages: [
      message("q", null, "user", `Question in ${title}`),
      message("a", `${id}-q`, "assistant", `Answer in ${title}`),
    ],
  };
}

async function expectUsable(page: Page) {
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  const search = page.getByRole("searchbox", { name: "Search conversations" });
  await search.fill("still here");
  await expect(search).toHaveValue("still here");
}

test("a stored reply whose time no date can hold opens with its words, on every start", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  const { conversation, messages: records } = timeless("far", "Far future");
  await putRawRecords(page, { conversations: [conversation], messages: records });
  for (let start = 0; start < 2; start += 1) {
    await page.reload();
    // The newest conversation reopens by itself, its reply's details line (with its date) included.
    await expect(messages(page)).toHaveText([/Question in Far future/, /Answer in Far future/]);
    await expect(page.getByText(/275760/)).toBeVisible();
    await expectUsable(page);
  }
});

test("a file whose times no date can hold imports, opens and reads back", async ({ page }, testInfo) => {
  await openApp(page);
  const { conversation, messages: records } = timeless("file", "From a file");
  const path = await jsonFile(testInfo, "times.json", exportFile([{ ...conversation, messages: records }]));
  await importFile(page, path);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 1 conversation.",
  );
  await closeSettings(page);
  await sidebar(page).getByRole("button", { name: "From a file", exact: true }).click();
  await expect(messages(page)).toHaveText([/Question in From a file/, /Answer in From a file/]);
  await expectUsable(page);
  await page.reload();
  await expect(messages(page)).toHaveText([/Question in From a file/, /Answer in From a file/]);
  await expectUsable(page);
});
