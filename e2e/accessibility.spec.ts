import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { modelManager, openModelManager } from "./support/customModels";
import { openPrivacyPanel, privacyPanel } from "./support/privacy";
import { openTransferMenu } from "./support/transfer";
import { closeSettings, openSettings, settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";

/** Every axe-core finding, of any impact (all rules but the experimental ones), summarised for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

async function chatWithReply(page: Page) {
  await downloadPreselectedModel(page);
  await sendMessage(
    page,
    "echo: A **reply** with `code`, a [link](https://example.org) and\n\n```js\nlet x = 1;\n```",
  );
  await waitForReply(page);
  await expect(assistantMessages(page).first().getByText("let", { exact: true })).toBeVisible();
}

/** Settings, the model manager and the Privacy panel (with its summary and request table), one over another. */
async function scanSettingsModelsAndPrivacy(page: Page, where: string) {
  await openSettings(page);
  await openTransferMenu(page);
  expect(await violations(page), `settings ${where}`).toEqual([]);
  await openModelManager(page);
  expect(await violations(page), `model manager ${where}`).toEqual([]);
  await modelManager(page).getByRole("button", { name: "Close" }).click();
  await openPrivacyPanel(page);
  await expect(privacyPanel(page).getByRole("table", { name: "Network requests" })).toBeVisible();
  expect(await violations(page), `privacy ${where}`).toEqual([]);
  await privacyPanel(page).getByRole("button", { name: "Close" }).click();
  await expect(settingsDialog(page)).toBeVisible();
  await closeSettings(page);
}

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations on first run, chat, search and the chat's dialogs (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000); // full axe scans of the page, each seconds long on a shared 2-core machine
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, { rate: 0 });
    await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
    expect(await violations(page), "first run and model picker").toEqual([]);

    await chatWithReply(page);
    expect(await violations(page), "chat").toEqual([]);

    await page.getByRole("searchbox", { name: "Search conversations" }).fill("reply");
    await expect(page.getByRole("list", { name: "Search results" })).toBeVisible();
    expect(await violations(page), "search results").toEqual([]);

    await page.getByRole("button", { name: /^Delete / }).click();
    await expect(page.getByRole("dialog", { name: "Delete conversation?" })).toBeVisible();
    expect(await violations(page), "delete dialog").toEqual([]);
    await page.keyboard.press("Escape");

    await openSettings(page, "Appearance");
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await violations(page), "shortcuts dialog").toEqual([]);
  });

  test(`no axe violations in Settings, the model manager and the Privacy panel (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, { rate: 0 });
    await downloadPreselectedModel(page);
    await scanSettingsModelsAndPrivacy(page, scheme);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no axe violations, and nothing wider than the window", async ({ page }) => {
    test.setTimeout(120_000); // many full scans and a reply
    await openApp(page, { rate: 0 });
    await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
    expect(await violations(page), "first run on a phone").toEqual([]);
    await chatWithReply(page);
    expect(await violations(page), "chat on a phone").toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByRole("button", { name: "Send" })).toBeInViewport();

    await page.getByRole("button", { name: "Open menu" }).click();
    await expect(page.getByRole("navigation", { name: "Conversations" })).toBeVisible();
    expect(await violations(page), "drawer on a phone").toEqual([]);
    await scanSettingsModelsAndPrivacy(page, "on a phone");
  });

  test("no axe violations in the dark theme", async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page, { rate: 0 });
    await chatWithReply(page);
    expect(await violations(page), "chat on a phone, dark").toEqual([]);
    await scanSettingsModelsAndPrivacy(page, "on a phone, dark");
  });
});
