import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { rawStoredText } from "./support/rawDatabase";
import { expect, test } from "./support/test";
import { closeSettings, openSettings } from "./support/settings";

const PASSPHRASE = "tide pools at dawn";
const SECRET = "the vault code is 4417";

function securityDialog(page: Page) {
  return page.getByRole("dialog", { name: "Security" });
}

async function turnOnLock(page: Page, minutes = "15"): Promise<void> {
  await openSettings(page);
  await page.getByRole("button", { name: "Security" }).click();
  const dialog = securityDialog(page);
  await dialog.getByLabel("New passphrase").fill(PASSPHRASE);
  await dialog.getByLabel("Repeat passphrase").fill(PASSPHRASE);
  await dialog.getByLabel("Lock after this many minutes without use").fill(minutes);
  await dialog.getByRole("checkbox", { name: /cannot be recovered/ }).check();
  await dialog.getByRole("button", { name: "Turn on lock" }).click();
  await expect(dialog.getByRole("status")).toHaveText("The lock is on. Your conversations are encrypted.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
}

function lockScreen(page: Page) {
  return page.getByRole("main", { name: "Sigilo is locked" });
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await lockScreen(page).getByLabel("Passphrase").fill(passphrase);
  await lockScreen(page).getByRole("button", { name: "Unlock" }).click();
}

test("the lock encrypts conversations at rest, asks for the passphrase, and turns off without loss", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, `echo: ${SECRET}`);
  await waitForReply(page);
  expect(await rawStoredText(page)).toContain(SECRET);

  // Before anything is encrypted, the dialog says what a forgotten passphrase means, and checks the input.
  await openSettings(page);
  await page.getByRole("button", { name: "Security" }).click();
  const dialog = securityDialog(page);
  await expect(dialog).toContainText("If you forget the passphrase, your conversations are gone for good.");
  await dialog.getByLabel("New passphrase").fill("short");
  await dialog.getByRole("button", { name: "Turn on lock" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Use a passphrase of at least 8 characters.");
  await dialog.getByLabel("New passphrase").fill(PASSPHRASE);
  await dialog.getByLabel("Repeat passphrase").fill(`${PASSPHRASE}!`);
  await dialog.getByRole("button", { name: "Turn on lock" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("The two passphrases do not match.");
  await dialog.getByLabel("Repeat passphrase").fill(PASSPHRASE);
  await dialog.getByRole("button", { name: "Turn on lock" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Tick the box");
  expect(await rawStoredText(page)).toContain(SECRET);
  await dialog.getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  await turnOnLock(page);
  const encrypted = await rawStoredText(page);
  expect(encrypted).not.toContain("4417");
  expect(encrypted).not.toContain("vault code");
  expect(encrypted).toContain('"sealed"');

  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Conversations" })).toHaveCount(0);
  await unlock(page, "tide pools at dusk");
  await expect(lockScreen(page).getByRole("alert")).toHaveText(
    "Wrong passphrase. Nothing was opened; try again.",
  );
  await expect(page.getByText(SECRET)).toHaveCount(0);

  await unlock(page, PASSPHRASE);
  await expect(lockScreen(page)).toHaveCount(0);
  await expect(assistantMessages(page).first()).toContainText(SECRET);

  // Turning it off asks for the passphrase again, and leaves the data readable in plain text.
  await openSettings(page);
  await page.getByRole("button", { name: "Security" }).click();
  await dialog.getByLabel("Current passphrase").fill("wrong passphrase");
  await dialog.getByRole("button", { name: "Turn off lock" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Wrong passphrase. The lock stays on.");
  expect(await rawStoredText(page)).not.toContain(SECRET);
  await dialog.getByLabel("Current passphrase").fill(PASSPHRASE);
  await dialog.getByRole("button", { name: "Turn off lock" }).click();
  await expect(dialog.getByRole("status")).toHaveText(
    "The lock is off. Conversations are stored unencrypted.",
  );
  const plain = await rawStoredText(page);
  expect(plain).toContain(SECRET);
  expect(plain).not.toContain('"sealed"');

  await page.reload();
  await expect(assistantMessages(page).first()).toContainText(SECRET);
  await expect(lockScreen(page)).toHaveCount(0);
});

test("Lock now hides everything until the passphrase is given; new messages are saved encrypted", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await turnOnLock(page);
  await sendMessage(page, `echo: ${SECRET}`);
  await waitForReply(page);
  expect(await rawStoredText(page)).not.toContain("4417");

  await openSettings(page);
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(lockScreen(page)).toBeVisible();
  await expect(page.getByText(SECRET)).toHaveCount(0);
  await lockScreen(page).getByRole("button", { name: "Unlock" }).click();
  await expect(lockScreen(page).getByRole("alert")).toHaveText("Enter your passphrase.");
  await unlock(page, PASSPHRASE);
  await expect(assistantMessages(page).first()).toContainText(SECRET);
});

test("Sigilo locks itself after the chosen idle time", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await turnOnLock(page, "2");
  await page.clock.fastForward("01:00");
  await expect(lockScreen(page)).toHaveCount(0);
  await page.clock.fastForward("01:30");
  await expect(lockScreen(page)).toBeVisible();
});
