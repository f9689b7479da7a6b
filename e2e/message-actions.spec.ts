import {
  assistantMessages,
  downloadPreselectedModel,
  messages,
  openApp,
  sendMessage,
  userMessages,
  waitForReply,
} from "./support/app";
import { openChatSettings } from "./support/chatSettings";
import { expect, test } from "./support/test";

test("regenerate writes a new version of the last reply; both versions stay switchable", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo-request: which temperature?");
  await waitForReply(page);
  const reply = assistantMessages(page).first();
  await expect(reply).toContainText('"temperature":0.7');

  // A different temperature makes the new version tell itself apart.
  const settings = await openChatSettings(page);
  await settings.getByRole("textbox", { name: "Temperature" }).fill("1.3");
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await reply.getByRole("button", { name: "Regenerate" }).click();
  await waitForReply(page);

  await expect(messages(page)).toHaveCount(2);
  await expect(reply).toContainText('"temperature":1.3');
  await expect(reply.getByLabel("Version 2 of 2")).toHaveText("2 / 2");
  await reply.getByRole("button", { name: "Previous version" }).click();
  await expect(reply).toContainText('"temperature":0.7');
  await expect(reply.getByLabel("Version 1 of 2")).toBeVisible();
  await expect(reply.getByRole("button", { name: "Previous version" })).toBeDisabled();

  // The version on screen is remembered.
  await page.reload();
  await expect(assistantMessages(page).first()).toContainText('"temperature":0.7');
  await assistantMessages(page).first().getByRole("button", { name: "Next version" }).click();
  await expect(assistantMessages(page).first()).toContainText('"temperature":1.3');
});

test("editing an earlier message continues from there and keeps the old branch", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: about tides");
  await waitForReply(page);
  await sendMessage(page, "echo: and the moon");
  await waitForReply(page);
  await expect(messages(page)).toHaveCount(4);

  const first = userMessages(page).first();
  await first.getByRole("button", { name: "Edit" }).click();
  const editor = first.getByRole("textbox", { name: "Edit message" });
  await expect(editor).toHaveValue("echo: about tides");
  await editor.fill("");
  await expect(first.getByRole("button", { name: "Save and send" })).toBeDisabled();
  await expect(first).toContainText("The message is empty.");
  await editor.fill("echo: about volcanoes");
  await first.getByRole("button", { name: "Save and send" }).click();
  await waitForReply(page);

  // The conversation now continues from the edited message.
  await expect(messages(page)).toHaveCount(2);
  await expect(assistantMessages(page).first()).toContainText("about volcanoes");
  await expect(first.getByLabel("Version 2 of 2")).toBeVisible();

  await first.getByRole("button", { name: "Previous version" }).click();
  await expect(messages(page)).toHaveCount(4);
  await expect(assistantMessages(page).nth(1)).toContainText("and the moon");
  await first.getByRole("button", { name: "Next version" }).click();
  await expect(messages(page)).toHaveCount(2);

  await page.reload();
  await expect(messages(page)).toHaveCount(2);
  await expect(assistantMessages(page).first()).toContainText("about volcanoes");
});

test("a reply cut by the length limit can be continued into the same message", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const settings = await openChatSettings(page);
  await settings.getByRole("textbox", { name: "Max reply tokens" }).fill("40");
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await sendMessage(page, "Tell me about lighthouses");
  await waitForReply(page);

  const reply = assistantMessages(page).first();
  await expect(reply).toContainText("Cut off at the reply length limit.");
  await expect(reply).not.toContainText("Nothing you type here leaves this device");
  await reply.getByRole("button", { name: "Continue" }).click();
  // 40 more tokens, then the rest: the reply is about 120 tokens long. Waiting for the count, not just for
  // Send, so the second Continue is not clicked before the first one has started.
  await expect(reply).toContainText("· 80 tokens ·");
  await waitForReply(page);
  await reply.getByRole("button", { name: "Continue" }).click();
  await waitForReply(page);

  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(reply).toContainText('You wrote: "Tell me about lighthouses"');
  await expect(reply).toContainText("Nothing you type here leaves this device");
  await expect(reply).not.toContainText("Cut off");
  await expect(reply.getByRole("button", { name: "Continue" })).toHaveCount(0);
});

test("a stopped reply can be continued", async ({ page }) => {
  await openApp(page, { rate: 20 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Tell me about harbours");
  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(/\w+ \w+ \w+/);
  await page.getByRole("button", { name: "Stop" }).click();
  await waitForReply(page);
  await expect(reply).toContainText("Stopped");

  await reply.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await waitForReply(page);
  await expect(reply).toContainText("Nothing you type here leaves this device");
  await expect(reply).not.toContainText("Stopped");
  await expect(assistantMessages(page)).toHaveCount(1);
});

test("copy puts the message's text on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: **bold** and `code`");
  await waitForReply(page);

  const reply = assistantMessages(page).first();
  await reply.getByRole("button", { name: "Copy" }).click();
  await expect(reply.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("**bold** and `code`");
});

test("deleting a message asks first, keeps the rest of the conversation and survives a reload", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: one");
  await waitForReply(page);
  await sendMessage(page, "echo: two");
  await waitForReply(page);

  const second = userMessages(page).nth(1);
  await second.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete message?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(messages(page)).toHaveCount(4);

  await second.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(messages(page)).toHaveCount(3);
  await expect(messages(page).nth(2)).toContainText("two");

  await page.reload();
  await expect(messages(page)).toHaveCount(3);
  await expect(userMessages(page)).toHaveCount(1);
});

test("deleting one version of a reply shows the other version", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: same answer");
  await waitForReply(page);
  const reply = assistantMessages(page).first();
  await reply.getByRole("button", { name: "Regenerate" }).click();
  await waitForReply(page);
  await expect(reply.getByLabel("Version 2 of 2")).toBeVisible();

  await reply.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog", { name: "Delete message?" }).getByRole("button", { name: "Delete" }).click();
  await expect(messages(page)).toHaveCount(2);
  await expect(reply.getByRole("group", { name: "Versions" })).toHaveCount(0);
  await expect(reply).toContainText("same answer");
});

test("a reply shows its model, token count, speeds and time to first token", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: a b c d");
  await waitForReply(page);
  const details = assistantMessages(page).first();
  await expect(details).toContainText(/\d+ tokens · prefill [\d.]+ tokens\/s · decode [\d.]+ tokens\/s/);
  await expect(details).toContainText(/first token after [\d.]+ s/);
  await expect(details).toContainText(/Instruct/);
});
