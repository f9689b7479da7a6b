import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { attachFiles, attachedDocuments, handbook, SEARCH_MODEL_FILES } from "./support/attachments";
import { expect, test } from "./support/test";

/*
 * Documents stored without the search model (read whole, or after "Not now") are found by their words alone.
 * Once the model is stored — downloaded for another document, or from the Documents panel — they get search
 * by meaning in the background, each saved on its own; the panel says how each document is searched.
 */

const question = (page: Page) => page.getByRole("group", { name: "Search model" });
const panel = (page: Page) => page.getByRole("dialog", { name: "Documents" });
const meaningSection = (page: Page) => panel(page).getByRole("region", { name: "Search by meaning" });
/** The panel's row of a document: its name, then its figures, with how it is searched. */
const row = (page: Page, name: string) =>
  panel(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name }) });

async function openPanel(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Documents" }).click();
  await expect(panel(page)).toBeVisible();
}

async function closePanel(page: Page): Promise<void> {
  await panel(page).getByRole("button", { name: "Close" }).click();
  await expect(panel(page)).toHaveCount(0);
}

const note = {
  name: "notes.md",
  mimeType: "text/markdown",
  buffer: Buffer.from("# Notes\n\nThe spare key is kept under the blue flowerpot."),
};

test("a document read whole gains search by meaning once the search model comes for a large one", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await attachFiles(page, [note]);
  await expect(attachedDocuments(page)).toHaveText([/notes\.md/]);
  await openPanel(page);
  await expect(row(page, "notes.md")).toContainText("Words only");
  await expect(meaningSection(page)).toContainText("1 document is searched by its words only.");
  await closePanel(page);

  await attachFiles(page, [handbook()]);
  await question(page).getByRole("button", { name: "Download" }).click();
  await expect(attachedDocuments(page)).toHaveCount(2);
  await openPanel(page);
  await expect(row(page, "handbook.md")).toContainText("Words and meaning");
  await expect(row(page, "notes.md")).toContainText("Words and meaning");
  await expect(meaningSection(page)).toHaveCount(0);
  await closePanel(page);

  await sendMessage(page, "Where is the spare key kept?");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("blue flowerpot");
});

test("'Not now' is remembered; Download in Documents shows the bytes, can be stopped, and then gives every document meaning", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await attachFiles(page, [handbook()]);
  await question(page).getByRole("button", { name: "Not now" }).click();
  await expect(attachedDocuments(page)).toHaveText([/handbook\.md/]);

  // The next start does not ask again.
  await page.reload();
  await attachFiles(page, [{ ...handbook(), name: "manual.md" }]);
  await expect(attachedDocuments(page)).toHaveText([/manual\.md/]);
  await expect(question(page)).toHaveCount(0);
  expect(modelHost!.requests.filter((url) => url.includes(SEARCH_MODEL_FILES))).toEqual([]);

  await openPanel(page);
  await expect(row(page, "handbook.md")).toContainText("Words only");
  await expect(meaningSection(page)).toContainText("2 documents are searched by their words only.");
  await expect(meaningSection(page)).toContainText(
    "a small search model (snowflake-arctic-embed-s, 130 MB), downloaded once from huggingface.co",
  );

  // The last weight file is held back: the download stands still where it can be stopped.
  const lastShard = (url: string) => url.includes(SEARCH_MODEL_FILES) && url.endsWith("params_shard_3.bin");
  modelHost!.interfere((url) => (lastShard(url) ? "hold" : undefined));
  await meaningSection(page).getByRole("button", { name: "Download the search model" }).click();
  await expect(panel(page).getByRole("status")).toHaveText(/^Search model: \d\.\d MB of 4\.\d MB \(\d+%\)$/);
  await panel(page).getByRole("button", { name: "Stop adding search by meaning" }).click();
  await expect(meaningSection(page)).toContainText(
    "Adding search by meaning was stopped: 2 documents are still searched by words only.",
  );
  modelHost!.interfere(() => undefined);
  modelHost!.releaseHeld();

  await meaningSection(page).getByRole("button", { name: "Download the search model" }).click();
  await expect(row(page, "handbook.md")).toContainText("Words and meaning");
  await expect(row(page, "manual.md")).toContainText("Words and meaning");
  await expect(meaningSection(page)).toHaveCount(0);
  await closePanel(page);

  // Kept: after a reload nothing is left to add.
  await page.reload();
  await openPanel(page);
  await expect(row(page, "handbook.md")).toContainText("Words and meaning");
  await expect(row(page, "manual.md")).toContainText("Words and meaning");
  await expect(meaningSection(page)).toHaveCount(0);
});
