import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  expectModelReady,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { seedLongConversation } from "./support/seed";
import { expect, test } from "./support/test";

/** `words` distinct words: about 6 characters each. */
function longText(words: number, tag: string): string {
  return Array.from({ length: words }, (_, index) => `${tag}${index}`).join(" ");
}

async function sendAndWait(page: Page, text: string): Promise<void> {
  await sendMessage(page, text);
  await waitForReply(page);
}

test("a conversation longer than the context window leaves out its oldest turns and says so", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  // Each exchange is about 2,000 estimated tokens (a 3,000-character question echoed back);
  // the model reads 4,096 tokens with 1,024 held back for the reply.
  await sendAndWait(page, `echo: ${longText(430, "alpha")}`);
  await sendAndWait(page, `echo: ${longText(430, "beta")}`);
  await sendAndWait(page, "echo-request: what do you see?");

  const reply = assistantMessages(page).nth(2);
  await expect(reply).toContainText(
    "The model did not see the 2 earliest messages of this conversation: they no longer fit in its context window.",
  );
  await expect(reply).toContainText('"content":"echo: beta0 beta1');
  await expect(reply).not.toContainText("alpha0");
  await expect(page.getByRole("alert")).toHaveCount(0);
  // Replies that fitted say nothing.
  await expect(assistantMessages(page).first()).not.toContainText("did not see");
});

test("when the engine still finds the prompt too long, the app trims harder and retries instead of failing", async ({
  page,
}) => {
  // The engine's window (100 words) is far smaller than the catalog says, so the first attempt overflows.
  await openApp(page, { rate: 0, contextWindow: 100 });
  await downloadPreselectedModel(page);
  await sendAndWait(page, `echo: ${longText(30, "one")}`);
  await sendAndWait(page, `echo: ${longText(30, "two")}`);
  await sendAndWait(page, "echo-request: what is left?");

  const reply = assistantMessages(page).nth(2);
  await expect(reply).toContainText('"messages":[{"role":"user","content":"echo-request: what is left?"}]');
  await expect(reply).toContainText("The model did not see the 4 earliest messages");
  await expect(page.getByText(/ContextWindowSizeExceeded|reply failed/)).toHaveCount(0);
});

test("a 500-message conversation renders only what is on screen, follows a new reply and scrolls back", async ({
  page,
}) => {
  await openApp(page, { rate: 40 });
  await downloadPreselectedModel(page);
  await seedLongConversation(page, 500);
  await page.reload();
  await page.getByRole("button", { name: "A very long conversation", exact: true }).click();

  const list = page.getByRole("list", { name: "Messages" });
  const items = list.locator(":scope > li");
  // Opened at the end, with only the messages near the viewport in the DOM.
  await expect(
    page.getByRole("listitem", { name: "Assistant said" }).filter({ hasText: "Message 500" }),
  ).toBeInViewport();
  expect(await items.count()).toBeLessThan(40);
  await expect(items.last()).toHaveAttribute("aria-setsize", "500");
  await expect(items.last()).toHaveAttribute("aria-posinset", "500");

  // A new reply streams in at the end and stays in view.
  await expectModelReady(page);
  await sendMessage(page, "One more question");
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText("fixture engine");
  await waitForReply(page);
  await expect(reply.getByText("Nothing you type here leaves this device")).toBeInViewport();
  await expect(items.last()).toHaveAttribute("aria-setsize", "502");

  // Back to the very first message.
  await list.hover();
  for (let step = 0; step < 30; step++) await page.mouse.wheel(0, -100_000);
  const first = page
    .getByRole("listitem", { name: "You said" })
    .filter({ hasText: /Message 1\s+with a second/ });
  await expect(first).toBeInViewport();
  await expect(first).toHaveAttribute("aria-posinset", "1");
  expect(await items.count()).toBeLessThan(40);
});
