import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { storedReplyTexts } from "./support/storedMessages";
import { expect, test } from "./support/test";

test("a stopped reply can be continued in the same message", async ({ page }) => {
  await openApp(page, { rate: 15 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Tell me about lighthouses");
  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(/\w+ \w+/);
  await page.getByRole("button", { name: "Stop" }).click();
  await waitForReply(page);
  await expect(reply).toContainText("Stopped");
  const firstParagraph = reply.getByRole("paragraph").first();
  const kept = ((await firstParagraph.textContent()) ?? "").trim();
  expect(kept.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Continue" }).click();
  await waitForReply(page);
  await expect(reply).not.toContainText("Stopped");
  // The same message grew: what was kept is still its beginning, and the rest of the answer follows.
  await expect(assistantMessages(page)).toHaveCount(1);
  expect(((await firstParagraph.textContent()) ?? "").startsWith(kept)).toBe(true);
  await expect(reply).toContainText("What it helps to check");
  await expect(page.getByRole("button", { name: "Continue" })).toHaveCount(0);
});

test("a reply interrupted by a reload can be continued after the model is back", async ({ page }) => {
  test.setTimeout(90_000); // the rest of a long reply streams at 10 tokens/s
  await openApp(page, { rate: 10 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Write a long answer");
  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(/\w+ \w+ \w+/);
  // Some of the reply has reached IndexedDB (it is saved every second or so while it streams).
  await expect.poll(() => storedReplyTexts(page)).toEqual([expect.stringMatching(/\w+/)]);
  await page.reload();
  await expect(reply).toContainText("Interrupted");

  await page.getByRole("button", { name: "Continue" }).click();
  await waitForReply(page, 60_000);
  await expect(reply).not.toContainText("Interrupted");
  await expect(reply).toContainText(/tokens\/s/);
  await page.reload();
  await expect(reply).not.toContainText("Interrupted");
  await expect(assistantMessages(page)).toHaveCount(1);
});
