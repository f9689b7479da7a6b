import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  expectModelReady,
  messages,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { storedReplyTexts } from "./support/storedMessages";
import { expect, test } from "./support/test";

test("Enter sends, Shift+Enter makes a new line, and the reply streams in", async ({ page }) => {
  await openApp(page, { rate: 40 });
  await downloadPreselectedModel(page);

  await composer(page).fill("First line");
  await composer(page).press("Shift+Enter");
  await composer(page).pressSequentially("second line");
  await expect(composer(page)).toHaveValue("First line\nsecond line");
  await composer(page).press("Enter");

  await expect(composer(page)).toHaveValue("");
  await expect(page.getByRole("listitem", { name: "You said" })).toHaveText(/First line\s*second line/);
  // While streaming, Stop replaces Send and the reply grows.
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(/\w+/);
  const early = (await reply.textContent()) ?? "";
  await waitForReply(page);
  const full = (await reply.textContent()) ?? "";
  expect(full.length).toBeGreaterThan(early.length);
  await expect(reply.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(reply).toContainText(/tokens\/s/);
});

test("Stop interrupts the reply and keeps what was written", async ({ page }) => {
  await openApp(page, { rate: 15 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Tell me about lighthouses");
  const reply = assistantMessages(page).first();
  // A few tokens in (the author's name alone would match any text check on the whole message).
  await expect(reply.getByRole("paragraph").first()).toContainText('You wrote: "Tell');
  await page.getByRole("button", { name: "Stop" }).click();
  await waitForReply(page);
  await expect(reply).toContainText("Stopped");
  // Its paragraphs (text, notes, details; not its buttons, which change once it is no longer the last reply),
  // without whitespace or Markdown marks: it may switch from plain text to formatted Markdown meanwhile.
  const bare = (text: string) => text.replace(/[\s*`#_-]+/g, "");
  const visibleText = async () => bare((await reply.getByRole("paragraph").allTextContents()).join(""));
  // What was kept: the reply as saved when it stopped, shown in full (its last words formatted too).
  await expect
    .poll(async () => {
      const [saved] = await storedReplyTexts(page);
      return saved !== undefined && (await visibleText()).includes(bare(saved));
    })
    .toBe(true);
  const kept = await visibleText();
  // Nothing more arrives after Stop: the engine answers in order, so once a next reply has come in full,
  // anything left of the stopped one would have arrived before it.
  await sendMessage(page, "echo: next question");
  await waitForReply(page);
  await expect(assistantMessages(page).nth(1)).toContainText("next question");
  expect(await visibleText()).toBe(kept);
  // The partial reply itself is kept, not just the message's frame.
  await expect(reply.getByRole("paragraph").first()).toContainText('You wrote: "Tell');
});

test("the conversation continues with the next message", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: first answer");
  await waitForReply(page);
  await sendMessage(page, "echo: second answer");
  await waitForReply(page);
  await expect(messages(page)).toHaveCount(4);
  await expect(assistantMessages(page).nth(1)).toContainText("second answer");
});

test("a lost GPU device is explained, the partial reply is kept, and the model can be reloaded", async ({
  page,
}) => {
  await openApp(page, { fail: "device-lost", rate: 60 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Hello");
  await expect(page.getByRole("alert").filter({ hasText: "The GPU stopped responding" })).toBeVisible();
  await expect(assistantMessages(page).first()).toContainText("The reply failed");
  await page.getByRole("button", { name: "Retry" }).click();
  await expectModelReady(page);
  await sendMessage(page, "echo: back again");
  await waitForReply(page);
  await expect(assistantMessages(page).nth(1)).toContainText("back again");
});
