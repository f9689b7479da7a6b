import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { modelManager, openModelManager } from "./support/customModels";
import { attachFiles, attachedDocuments, handbook, SEARCH_MODEL_FILES } from "./support/attachments";
import { expect, test } from "./support/test";

/*
 * The search (embedding) model is some 130 MB: it is downloaded only after the user agrees, the first time a
 * document too large to be read whole is attached. The fixture engine downloads it through the real
 * downloader from the fake model host, as the real engine does, then embeds deterministically.
 */

async function attachHandbook(page: Page): Promise<void> {
  await attachFiles(page, [handbook()]);
}

/** The app with a model ready and the handbook attached: the question about the search model is asked. */
async function openWithHandbook(page: Page): Promise<void> {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await attachHandbook(page);
}

const attached = attachedDocuments;
const question = (page: Page) => page.getByRole("group", { name: "Search model" });

test("Download: the question says what, how large and from where; the model is fetched, used, listed and deletable", async ({
  page,
  modelHost,
}) => {
  await openWithHandbook(page);
  await expect(question(page)).toContainText(
    "a small search model (snowflake-arctic-embed-s, 130 MB), downloaded once from huggingface.co",
  );
  // Nothing is fetched while the user decides.
  expect(modelHost!.requests.filter((url) => url.includes(SEARCH_MODEL_FILES))).toEqual([]);
  // The last weight file is held back, so the download stands still where its figures can be read.
  const lastShard = (url: string) => url.includes(SEARCH_MODEL_FILES) && url.endsWith("params_shard_3.bin");
  modelHost!.interfere((url) => (lastShard(url) ? "hold" : undefined));
  await question(page).getByRole("button", { name: "Download" }).click();
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Search model:" })).toHaveText(
    /^Search model: \d\.\d MB of 4\.\d MB \(\d+%\)$/,
  );
  modelHost!.interfere(() => undefined);
  modelHost!.releaseHeld();
  await expect(attached(page)).toHaveText([/handbook\.md/]);
  expect(modelHost!.requests.some((url) => url.includes(SEARCH_MODEL_FILES))).toBe(true);

  await sendMessage(page, "What must the boiler pressure stay below?");
  await waitForReply(page);
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText("The boiler pressure must stay below 2.5 bar at all times.");
  await expect(answer).toContainText(/Answered from \d+ passages? of handbook\.md/);
  await expect(page.getByText("searched by their words only")).toHaveCount(0);

  await openModelManager(page);
  const list = modelManager(page).getByRole("list", { name: "Stored models" });
  const searchModel = list.getByRole("listitem", {
    name: "Document search model (snowflake-arctic-embed-s)",
  });
  await expect(searchModel).toContainText(/MB · Complete/);
  await searchModel
    .getByRole("button", { name: "Delete Document search model (snowflake-arctic-embed-s)" })
    .click();
  await modelManager(page).getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(searchModel).toHaveCount(0);
});

test("Not now: nothing is downloaded, the chat says answers may be less precise, and words alone still find the answer", async ({
  page,
  modelHost,
}) => {
  await openWithHandbook(page);
  await question(page).getByRole("button", { name: "Not now" }).click();
  await expect(attached(page)).toHaveText([/handbook\.md/]);
  const note = page.getByRole("status").filter({ hasText: "searched by their words only" });
  await expect(note).toContainText("answers may be less precise");

  await sendMessage(page, "What must the boiler pressure stay below?");
  await waitForReply(page);
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText("The boiler pressure must stay below 2.5 bar at all times.");
  await expect(answer).toContainText(/Answered from \d+ passages? of handbook\.md/);

  // A second large document is not asked about again in this session.
  await attachHandbook(page);
  await expect(attached(page)).toHaveCount(2);
  await expect(question(page)).toHaveCount(0);
  expect(modelHost!.requests.filter((url) => url.includes(SEARCH_MODEL_FILES))).toEqual([]);

  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toHaveCount(0);
});
