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
import { rawStoredText } from "./support/rawDatabase";
import { closeSettings, openSettings, settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";
import { lockScreen, PASSPHRASE, setLock } from "./support/vault";

const PIRATE = "Answer like a pirate captain of the Globex fleet.";

async function openDefaults(page: Page) {
  await openSettings(page, "Default instructions");
  const section = settingsDialog(page).getByRole("region", { name: "Default instructions" });
  await expect(section).toBeVisible();
  return section;
}

async function setDefaults(page: Page, prompt: string, temperature: string) {
  const dialog = await openDefaults(page);
  await dialog.getByRole("textbox", { name: "Instructions for the model" }).fill(prompt);
  await dialog.getByRole("textbox", { name: "Temperature" }).fill(temperature);
  await dialog.getByRole("button", { name: "Save defaults" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Saved: new chats start with these.");
  await closeSettings(page);
}

test("default instructions start every new chat, leave existing chats alone, and survive a reload", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: an existing chat");
  await waitForReply(page);

  await setDefaults(page, PIRATE, "0.3");
  // The open chat keeps its own instructions.
  await expect(page.getByText("No system prompt · default generation settings")).toBeVisible();

  await page.getByRole("button", { name: "New chat" }).click();
  await expect(page.getByText("System prompt: custom · custom generation settings")).toBeVisible();
  const settings = await openChatSettings(page);
  await expect(settings.getByRole("textbox", { name: "Instructions for the model" })).toHaveValue(PIRATE);
  await expect(settings.getByRole("textbox", { name: "Temperature" })).toHaveValue("0.3");
  await settings.getByRole("button", { name: "Cancel" }).click();

  await sendMessage(page, "echo-request: what did you receive?");
  await waitForReply(page);
  const request = assistantMessages(page).first();
  await expect(request).toContainText(`{"role":"system","content":"${PIRATE}"}`);
  await expect(request).toContainText('"temperature":0.3');

  // The first chat is unchanged; after a reload the defaults still start new chats.
  await page
    .getByRole("navigation", { name: "Conversations" })
    .getByRole("button", { name: "echo: an existing chat", exact: true })
    .click();
  await expect(page.getByText("No system prompt · default generation settings")).toBeVisible();
  await page.reload();
  await expect(composer(page)).toBeVisible();
  await page.getByRole("button", { name: "New chat" }).click();
  await expect(page.getByText("System prompt: custom · custom generation settings")).toBeVisible();
  const reopened = await openDefaults(page);
  await expect(reopened.getByRole("textbox", { name: "Instructions for the model" })).toHaveValue(PIRATE);
});

test("an out-of-range default is refused with the reason, and nothing changes", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const dialog = await openDefaults(page);
  await dialog.getByRole("textbox", { name: "Temperature" }).fill("7");
  await dialog.getByRole("button", { name: "Save defaults" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Some settings are out of range; nothing was saved.");
  await expect(dialog.getByRole("textbox", { name: "Temperature" })).toBeFocused();
  await closeSettings(page);
  await expect(page.getByText("No system prompt · default generation settings")).toBeVisible();
});

test("with the lock on, the default instructions are sealed on disk and back after unlocking", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await setDefaults(page, PIRATE, "0.3");
  expect(await rawStoredText(page)).toContain("Globex");

  await setLock(page, true);
  expect(await rawStoredText(page)).not.toContain("Globex");
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  await lockScreen(page).getByLabel("Passphrase").fill(PASSPHRASE);
  await lockScreen(page).getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("System prompt: custom · custom generation settings")).toBeVisible({
    timeout: 15_000,
  });
});
