import type { Page } from "@playwright/test";
import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { openChatSettings } from "./support/chatSettings";
import { storeConversation } from "./support/storedConversation";
import { expect, test } from "./support/test";

/*
 * Issue 10, reproduction 2: a reply nested thousands of levels deep (what a small model stuck in a loop can
 * write) used to overflow the Markdown renderer's stack; the app-wide error boundary then replaced everything
 * with "Something went wrong", and since the conversation reopens on start, again after every restart.
 */
const DEEP = [
  {
    kind: "quotes",
    reply: `${">".repeat(5000)} the bottom of the quotes`,
    // Two quotes per token (the engine's replies stop at 4,096 tokens), as a looping model would write them.
    streamed: 'echo-repeat: 2500 ">> " the bottom of the quotes',
    end: "the bottom of the quotes",
    role: "blockquote" as const,
  },
  {
    kind: "lists",
    reply: `${"- ".repeat(3000)}the bottom of the lists`,
    streamed: 'echo-repeat: 3000 "- " the bottom of the lists',
    end: "the bottom of the lists",
    role: "list" as const,
  },
];
const LIMITED_NOTE = "too deeply nested or too large to format";

function sidebar(page: Page) {
  return page.getByRole("navigation", { name: "Conversations" });
}

/** The app is whole: no crash screen, the sidebar and the composer are there. */
async function expectAppWorking(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  await expect(sidebar(page)).toBeVisible();
  await expect(composer(page)).toBeVisible();
}

for (const { kind, reply, streamed, end, role } of DEEP) {
  test(`a stored reply of deeply nested ${kind} opens, flattened past the limit, also after a restart`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page);
    await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
    await storeConversation(page, {
      title: `Deep ${kind}`,
      turns: [{ question: "Say something deep", reply }],
    });
    await sidebar(page)
      .getByRole("button", { name: `Deep ${kind}`, exact: true })
      .click();

    const shown = assistantMessages(page).first();
    await expect(shown).toContainText(end);
    await expect(shown).toContainText(LIMITED_NOTE);
    await expect(shown.getByRole(role).first()).toBeVisible();
    await expectAppWorking(page);
    // The text itself is intact: copying the reply gives back exactly what the model wrote.
    await shown.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(shown.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);

    // A restart opens the same conversation again: it must open again, and the app stay usable.
    await page.reload();
    await sidebar(page)
      .getByRole("button", { name: `Deep ${kind}`, exact: true })
      .click();
    await expect(assistantMessages(page).first()).toContainText(end);
    await expectAppWorking(page);
    await page.getByRole("button", { name: "New chat" }).click();
    await expect(assistantMessages(page)).toHaveCount(0);
  });

  test(`a streamed reply of deeply nested ${kind} renders while it streams and after it ends`, async ({
    page,
  }) => {
    await openApp(page, { rate: 1000 });
    await downloadPreselectedModel(page);
    // Room for the whole loop: thousands of tokens (the default stops a reply at 1,024).
    const settings = await openChatSettings(page);
    await settings.getByRole("textbox", { name: "Max reply tokens" }).fill("4096");
    await settings.getByRole("button", { name: "Save", exact: true }).click();
    await sendMessage(page, streamed);
    const shown = assistantMessages(page).first();
    // Formatted as it arrives (a crash here, mid-stream, used to replace the whole app for good).
    await expect(shown.getByRole(role).first()).toBeVisible();
    await waitForReply(page);
    await expect(shown).toContainText(end);
    await expect(shown).toContainText(LIMITED_NOTE);
    await expectAppWorking(page);

    // The conversation goes on, and survives a restart.
    await sendMessage(page, "echo: still here");
    await waitForReply(page);
    await expect(assistantMessages(page).nth(1)).toContainText("still here");
    await page.reload();
    await expect(assistantMessages(page).first()).toContainText(end);
    await expectAppWorking(page);
  });
}
