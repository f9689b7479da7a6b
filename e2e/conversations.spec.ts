import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  expectModelReady,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { storedReplyTexts } from "./support/storedMessages";
import { expect, test } from "./support/test";

function sidebar(page: Page) {
  return page.getByRole("navigation", { name: "Conversations" });
}

test("conversations are titled, listed newest first and restored after a reload", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: about tides\nand the moon");
  await waitForReply(page);
  await page.getByRole("button", { name: "New chat" }).click();
  await sendMessage(page, "echo: about volcanoes");
  await waitForReply(page);

  const titles = sidebar(page).getByRole("listitem");
  await expect(titles).toHaveText(["echo: about volcanoes", "echo: about tides"]);

  await page.reload();
  await expect(titles).toHaveText(["echo: about volcanoes", "echo: about tides"]);
  await sidebar(page).getByRole("button", { name: "echo: about tides", exact: true }).click();
  await expect(assistantMessages(page).first()).toContainText("about tides");
  await expect(page.getByRole("listitem", { name: "You said" })).toHaveText(/and the moon/);
});

test("a conversation can be renamed and deleted after confirming", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: keep me");
  await waitForReply(page);
  await page.getByRole("button", { name: "New chat" }).click();
  await sendMessage(page, "echo: delete me");
  await waitForReply(page);

  await sidebar(page).getByRole("button", { name: "Rename echo: keep me" }).click();
  const title = sidebar(page).getByRole("textbox", { name: "Conversation title" });
  await title.fill("Kept conversation");
  await title.press("Enter");
  await expect(sidebar(page).getByRole("button", { name: "Kept conversation", exact: true })).toBeVisible();

  await sidebar(page).getByRole("button", { name: "Delete echo: delete me" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete conversation?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(2);

  await sidebar(page).getByRole("button", { name: "Delete echo: delete me" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Kept conversation"]);

  await page.reload();
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Kept conversation"]);
});

test("a reply streaming during a reload is kept and marked as interrupted", async ({ page }) => {
  await openApp(page, { rate: 10 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Write a long answer");
  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(/\w+ \w+ \w+/);
  // Some of the reply has reached IndexedDB (the first tokens are saved at once).
  await expect.poll(() => storedReplyTexts(page)).toEqual([expect.stringMatching(/\w+/)]);
  await page.reload();

  await expect(reply).toContainText("Interrupted");
  const text = (await reply.textContent()) ?? "";
  expect(text.replace(/Interrupted.*$/, "").trim().length).toBeGreaterThan(0);
  await expectModelReady(page);
});
