import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { seedConversations } from "./support/seedConversations";
import { searchBox, searchResults } from "./support/search";
import { expect, test } from "./support/test";
import { closeSettings, openSettings } from "./support/settings";

test("search over 10,000 conversations and 100,000 messages finds the one message that matches, and opens it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page, { rate: 0 });
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  await seedConversations(page, {
    conversations: 10_000,
    messagesPerConversation: 10,
    needle: { conversation: 1234, message: 7, text: "the zeppelin password is mauve" },
  });
  await expect(
    page.getByRole("navigation", { name: "Conversations" }).getByRole("listitem").first(),
  ).toHaveAttribute("aria-setsize", "10000");

  // The index reads the history in the background; until it has, a search says results may be missing.
  await searchBox(page).fill("ZEPPELIN password");
  await expect(searchResults(page)).toHaveCount(1, { timeout: 120_000 });
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("1 match.");
  await expect(searchResults(page)).toContainText("zeppelin password");

  // Every keystroke is a new search; a common word stops at the first 50 matches.
  await searchBox(page).fill("harbor");
  await expect(page.getByText("First 50 matches.")).toBeVisible();
  await expect(searchResults(page)).toHaveCount(50);
  await searchBox(page).fill("zeppelin passwor");
  await expect(searchResults(page)).toHaveCount(1);

  await searchResults(page).click();
  await expect(
    page.getByRole("listitem", { name: "Assistant said" }).filter({ hasText: "zeppelin" }),
  ).toBeFocused();
  await expect(
    page.getByRole("navigation", { name: "Conversations" }).getByRole("button", {
      name: "Seeded conversation 1234",
      exact: true,
    }),
  ).toHaveAttribute("aria-current", "page");
});

const PASSPHRASE = "tide pools at dawn";

test("with the lock on, search reads sealed conversations once unlocked, and forgets them when locked", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: the quartermaster keeps the spare sails");
  await waitForReply(page);
  await page.getByRole("button", { name: "New chat" }).click();
  await sendMessage(page, "echo: a later chat about tides");
  await waitForReply(page);

  await openSettings(page);
  await page.getByRole("button", { name: "Security" }).click();
  const dialog = page.getByRole("dialog", { name: "Security" });
  await dialog.getByLabel("New passphrase").fill(PASSPHRASE);
  await dialog.getByLabel("Repeat passphrase").fill(PASSPHRASE);
  await dialog.getByRole("checkbox", { name: /cannot be recovered/ }).check();
  await dialog.getByRole("button", { name: "Turn on lock" }).click();
  await expect(dialog.getByRole("status")).toHaveText("The lock is on. Your conversations are encrypted.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  // After a reload only the newest conversation is opened: the older one is read, sealed, by the search worker.
  await page.reload();
  const lockScreen = page.getByRole("main", { name: "Sigilo is locked" });
  await lockScreen.getByLabel("Passphrase").fill(PASSPHRASE);
  await lockScreen.getByRole("button", { name: "Unlock" }).click();
  await expect(assistantMessages(page).first()).toContainText("later chat about tides");
  await searchBox(page).fill("quartermaster");
  await expect(searchResults(page).filter({ hasText: "Assistant" })).toContainText("quartermaster");

  await openSettings(page);
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(lockScreen).toBeVisible();
  await lockScreen.getByLabel("Passphrase").fill(PASSPHRASE);
  await lockScreen.getByRole("button", { name: "Unlock" }).click();
  await searchBox(page).fill("spare sails");
  await expect(searchResults(page)).toHaveCount(3);
});
