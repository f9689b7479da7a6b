import type { BrowserContext, Page } from "@playwright/test";
import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  messages,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

const PLAIN_NOTE = "This reply could not be formatted, so it is shown as plain text.";
const REPLY = "**Bold** and a [link](https://example.org)";

/** Gets a Markdown reply while the script `blocked` matches cannot load; returns that reply, checked plain. */
async function replyWithoutScript(page: Page, context: BrowserContext, blocked: RegExp) {
  await context.route(blocked, (route) => route.abort("failed"));
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, `echo: ${REPLY}`);
  await waitForReply(page);

  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(REPLY);
  await expect(reply).toContainText(PLAIN_NOTE);
  return reply;
}

/*
 * Rendering cannot take the app down: when a reply cannot be rendered (here its renderer's code cannot be
 * loaded, as after a botched deploy), that reply is shown as the text it is, with a note, and everything else,
 * the reply's own buttons included, keeps working.
 */
test("a reply that cannot be rendered is shown as plain text, and its copy, regenerate and delete still work", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const reply = await replyWithoutScript(page, context, /\/assets\/MarkdownMessage-[^/]*\.js$/);
  await expect(reply.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);

  await reply.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(reply.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(REPLY);

  await reply.getByRole("button", { name: "Regenerate" }).click();
  await waitForReply(page);
  await expect(reply.getByLabel("Version 2 of 2")).toBeVisible();
  await expect(reply).toContainText(REPLY);

  await reply.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog", { name: "Delete message?" }).getByRole("button", { name: "Delete" }).click();
  // The second version is gone; the first is left.
  await expect(reply.getByRole("group", { name: "Versions" })).toHaveCount(0);
  await expect(messages(page)).toHaveCount(2);
  await expect(reply).toContainText(PLAIN_NOTE);

  // The conversation goes on.
  await sendMessage(page, "echo: still working");
  await waitForReply(page);
  await expect(assistantMessages(page).last()).toContainText("still working");
  await expect(composer(page)).toBeEnabled();
});

test("when the Markdown worker cannot start, replies are shown as plain text with a note", async ({
  page,
  context,
}) => {
  await replyWithoutScript(page, context, /\/assets\/markdownRenderer\.worker-[^/]*\.js$/);
  await sendMessage(page, "echo: # Still a heading as text");
  await waitForReply(page);
  await expect(assistantMessages(page).nth(1)).toContainText("# Still a heading as text");
});
