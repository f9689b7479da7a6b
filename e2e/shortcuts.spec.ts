import { composer, downloadPreselectedModel, openApp, sendMessage, waitForReply } from "./support/app";
import { expect, test } from "./support/test";
import { closeSettings, openSettings } from "./support/settings";

test("keyboard shortcuts: help, new chat, focus, search, switch and stop", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: first chat");
  await waitForReply(page);

  // Ctrl+Shift+O starts a new chat with the composer focused.
  await page.keyboard.press("Control+Shift+O");
  await expect(page.getByRole("heading", { name: "What can I help with?" })).toBeVisible();
  await expect(composer(page)).toBeFocused();
  await sendMessage(page, "echo: second chat");
  await waitForReply(page);

  // Alt+ArrowDown / Alt+ArrowUp move through the list (newest first).
  const current = (name: string) =>
    page.getByRole("navigation", { name: "Conversations" }).getByRole("button", { name, exact: true });
  await page.keyboard.press("Alt+ArrowDown");
  await expect(current("echo: first chat")).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Alt+ArrowUp");
  await expect(current("echo: second chat")).toHaveAttribute("aria-current", "page");

  // Ctrl+K focuses search; Shift+Escape goes back to the composer.
  await page.keyboard.press("Control+K");
  await expect(page.getByRole("searchbox", { name: "Search conversations" })).toBeFocused();
  await page.keyboard.press("Shift+Escape");
  await expect(composer(page)).toBeFocused();

  // "?" outside a text field opens the help, which lists the shortcuts; the button opens the same dialog.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByRole("row", { name: /New chat Ctrl \+ Shift \+ O/ })).toBeVisible();
  await expect(help.getByRole("row", { name: /Stop the reply Esc/ })).toBeVisible();
  await expect(help.getByRole("row", { name: /Search conversations Ctrl \+ K or \// })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);
  await openSettings(page);
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(help).toBeVisible();
  await help.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await expect(help).toHaveCount(0);
  // Typing "?" in the composer types it.
  await composer(page).press("?");
  await expect(composer(page)).toHaveValue("?");
  await expect(help).toHaveCount(0);
});

test("Escape stops a streaming reply", async ({ page }) => {
  await openApp(page, { rate: 8 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Tell me about lighthouses");
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await page.keyboard.press("Escape");
  await waitForReply(page);
  await expect(page.getByRole("listitem", { name: "Assistant said" })).toContainText("Stopped");
});
