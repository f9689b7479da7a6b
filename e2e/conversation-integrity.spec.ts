import type { Page } from "@playwright/test";
import { messages, openApp } from "./support/app";
import { closeSettings } from "./support/settings";
import { expect, test } from "./support/test";
import {
  chooseImportFile,
  exportFile,
  importFile,
  importPreview,
  jsonFile,
  putRawRecords,
  sidebar,
} from "./support/transfer";

const NOW = Date.now();

/** Reproduction 1: two messages answering each other, the shown leaf on the loop, the newest conversation. */
function loopedConversation() {
  const message = (id: string, parentId: string, role: string, createdAt: number) => ({
    id,
    conversationId: "loop",
    parentId,
    role,
    content: `Text of ${id}`,
    createdAt,
    status: "complete",
  });
  return {
    id: "loop",
    title: "Looping chat",
    titled: true,
    createdAt: NOW - 10_000,
    updatedAt: NOW + 60_000,
    activeLeafId: "b",
    messages: [message("a", "b", "user", NOW - 9_000), message("b", "a", "assistant", NOW - 8_000)],
  };
}

/** After the first start has read the (empty) list: records written then are read by the next start only. */
async function openEmptyApp(page: Page) {
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
}

async function expectResponsive(page: Page) {
  // The page answers: the search box takes text.
  const search = page.getByRole("searchbox", { name: "Search conversations" });
  await search.fill("still here");
  await expect(search).toHaveValue("still here");
}

test("reproduction 1: an imported message loop is repaired on the way in, and no start hangs", async ({
  page,
}, testInfo) => {
  await openApp(page);
  const path = await jsonFile(testInfo, "loop.json", exportFile([loopedConversation()]));
  await chooseImportFile(page, path);
  const preview = importPreview(page);
  await expect(preview.getByRole("region", { name: "1 new conversation:" })).toContainText(
    "“Looping chat” (2 messages)",
  );
  await expect(preview.getByRole("region", { name: "Repaired on the way in:" })).toContainText(
    "“Looping chat”: 1 message that formed a loop (answering itself or one of its own replies) was cut out of the loop.",
  );
  await preview.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 1 conversation; 1 conversation repaired on the way in.",
  );
  // The import was chosen in Settings, which stays open over the list until the user closes it.
  await closeSettings(page);
  await sidebar(page).getByRole("button", { name: "Looping chat", exact: true }).click();
  await expect(messages(page)).toHaveText([/Text of a/, /Text of b/]);

  // It is the newest conversation, so a restart reopens it: twice, to be sure.
  for (let start = 0; start < 2; start += 1) {
    await page.reload();
    await expect(messages(page)).toHaveText([/Text of a/, /Text of b/]);
    await expectResponsive(page);
  }
});

test("a loop already stored by an older version is repaired when read, and the user is told once", async ({
  page,
}) => {
  await openEmptyApp(page);
  const { messages: looped, ...conversation } = loopedConversation();
  const selfish = { ...looped[0]!, id: "self", parentId: "self", createdAt: NOW - 7_000 };
  await putRawRecords(page, { conversations: [conversation], messages: [...looped, selfish] });
  await page.reload();
  const notice = page.getByRole("status").filter({ hasText: "Sigilo repaired" });
  await expect(notice).toContainText(
    "Sigilo repaired the conversation “Looping chat”: 2 messages that formed loops (answering themselves or their own replies) were cut out of the loop.",
  );
  await expect(messages(page).first()).toHaveText(/Text of a/);
  await expectResponsive(page);

  await page.reload();
  await expect(messages(page).first()).toHaveText(/Text of a/);
  await expect(page.getByRole("status").filter({ hasText: "Sigilo repaired" })).toHaveCount(0);
});

test("reproduction 3: settings storage could not read back are refused with the field, and nothing is added", async ({
  page,
}, testInfo) => {
  await openApp(page);
  const hot = { ...loopedConversation(), id: "hot", title: "Hot chat", settings: { temperature: "hot" } };
  hot.messages = [];
  await chooseImportFile(page, await jsonFile(testInfo, "hot.json", exportFile([hot])));
  await expect(page.getByRole("alert")).toHaveText(
    "Import failed: Conversation 1 (“Hot chat”) has no valid “settings.temperature” (expected chat settings, each a number within its range). Nothing was changed.",
  );
  await expect(importPreview(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(0);
});

test("a file nested thousands deep is refused with the reason, the page staying responsive", async ({
  page,
}, testInfo) => {
  await openApp(page);
  const deep = `{"format":"sigilo.conversations","version":1,"junk":${"[".repeat(200_000)}${"]".repeat(200_000)}}`;
  await chooseImportFile(page, await jsonFile(testInfo, "deep.json", deep));
  await expect(page.getByRole("alert")).toHaveText(
    "Import failed: The file nests lists and records more than 32 levels deep; a Sigilo export never does. Nothing was changed.",
  );
});

test("an import that would add to a conversation already here says so first, and Cancel changes nothing", async ({
  page,
}, testInfo) => {
  await openEmptyApp(page);
  const { messages: looped, ...base } = loopedConversation();
  void looped;
  const mine = { ...base, id: "mine", title: "My notes", activeLeafId: undefined, updatedAt: NOW };
  const first = {
    id: "m1",
    conversationId: "mine",
    parentId: null,
    role: "user",
    content: "My own question",
    createdAt: NOW - 5_000,
    status: "complete",
  };
  await putRawRecords(page, { conversations: [mine], messages: [first] });
  await page.reload();
  await expect(messages(page)).toHaveText([/My own question/]);

  const reply = { ...first, id: "m2", parentId: "m1", role: "assistant", content: "A reply from the file" };
  const file = exportFile([{ ...mine, title: "Renamed by the file", messages: [first, reply] }]);
  const path = await jsonFile(testInfo, "extends.json", file);
  await chooseImportFile(page, path);
  const preview = importPreview(page);
  await expect(
    preview.getByRole("region", { name: "Messages added to conversations you already have:" }),
  ).toHaveText(/“My notes”: 1 new message/);
  await expect(preview).toContainText("Already here, left as they are: 1 conversation, 1 message.");
  await preview.getByRole("button", { name: "Cancel" }).click();
  await expect(preview).toHaveCount(0);
  await expect(messages(page)).toHaveText([/My own question/]);

  await importFile(page, path);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 0 conversations; added 1 message to conversations already here; 1 conversation was already here; 1 message was already here.",
  );
  await expect(messages(page)).toHaveText([/My own question/, /A reply from the file/]);
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["My notes"]);
});
