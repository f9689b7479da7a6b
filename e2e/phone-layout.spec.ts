import type { Locator, Page } from "@playwright/test";
import { composer, downloadPreselectedModel, openApp, sendMessage, waitForReply } from "./support/app";
import { openModelManager, modelManager } from "./support/customModels";
import { openPrivacyPanel, privacyPanel } from "./support/privacy";
import { seedConversations } from "./support/seedConversations";
import { openSettings, settingsDialog } from "./support/settings";
import { expect, test } from "./support/test";

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE });

const menuButton = (page: Page) => page.getByRole("button", { name: "Open menu" });
const conversationNav = (page: Page) => page.getByRole("navigation", { name: "Conversations" });

/** Whether the focused element is inside the drawer (the sidebar: the complementary landmark). */
const focusInDrawer = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("aside") !== null && document.activeElement !== null);

async function expectNoSidewaysScroll(page: Page, screen: string) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    `${screen}: the page scrolls sideways`,
  ).toBe(true);
}

/** A dialog on a phone is a full-screen sheet, and nothing in it needs scrolling sideways. */
async function expectSheet(dialog: Locator, screen: string) {
  const box = await dialog.boundingBox();
  expect(box, screen).toEqual({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
  expect(
    await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth),
    `${screen}: the sheet scrolls sideways`,
  ).toBe(true);
}

async function openDrawer(page: Page) {
  await menuButton(page).click();
  await expect(conversationNav(page)).toBeVisible();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
  // It slides in: a tap or swipe aimed at it lands on it only once it is in place.
  await expect.poll(async () => (await page.locator("#sidebar").boundingBox())?.x).toBe(0);
}

async function expectDrawerClosed(page: Page) {
  await expect(conversationNav(page)).toBeHidden();
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
}

test("on a phone the conversations are a drawer that Escape, the backdrop, a swipe and a choice close", async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  await seedConversations(page, { conversations: 3, messagesPerConversation: 2 });
  await expectDrawerClosed(page);

  await openDrawer(page);
  // Focus moves in, and Tab and Shift+Tab go round the drawer without reaching the chat behind it.
  expect(await focusInDrawer(page)).toBe(true);
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press("Tab");
    expect(await focusInDrawer(page), `after Tab ${step + 1}`).toBe(true);
  }
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInDrawer(page), `after Shift+Tab ${step + 1}`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expectDrawerClosed(page);
  await expect(menuButton(page)).toBeFocused();

  // A tap on the dimmed chat beside the drawer.
  await openDrawer(page);
  await page.mouse.click(PHONE.width - 20, PHONE.height / 2);
  await expectDrawerClosed(page);
  await expect(menuButton(page)).toBeFocused();

  // A leftward swipe across the drawer.
  await openDrawer(page);
  await page.mouse.move(250, 500);
  await page.mouse.down();
  await page.mouse.move(150, 505);
  await page.mouse.move(40, 510);
  await page.mouse.up();
  await expectDrawerClosed(page);

  // A close button for those who neither swipe nor press Escape.
  await openDrawer(page);
  await page.getByRole("button", { name: "Close menu" }).click();
  await expectDrawerClosed(page);

  // Choosing a conversation shows it.
  await openDrawer(page);
  await conversationNav(page).getByRole("button", { name: "Seeded conversation 1", exact: true }).click();
  await expectDrawerClosed(page);
  await expect(page.getByRole("heading", { level: 1, name: "Seeded conversation 1" })).toBeVisible();
  await expect(menuButton(page)).toBeFocused();
});

test("on a phone the composer keeps Send beside it and grows; screens fit the width; dialogs are sheets", async ({
  page,
}) => {
  test.setTimeout(90_000); // a download, a reply and four screens on a shared 2-core machine
  await openApp(page, { rate: 0 });
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  await expectNoSidewaysScroll(page, "welcome and model picker");

  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: a phone-sized reply");
  await waitForReply(page);
  await expectNoSidewaysScroll(page, "chat");

  // The keys hint is left out where it does not fit: the box says only what it is.
  await expect(composer(page)).toHaveAttribute("placeholder", "Message Sigilo");
  const send = page.getByRole("button", { name: "Send" });
  const oneLine = (await composer(page).boundingBox())!;
  await composer(page).fill(
    "A long message that wraps onto several lines of the narrow message box. ".repeat(4),
  );
  await expect
    .poll(async () => (await composer(page).boundingBox())!.height)
    .toBeGreaterThan(oneLine.height + 20);
  const grown = (await composer(page).boundingBox())!;
  const sendBox = (await send.boundingBox())!;
  // Side by side: Send is to the right of the box, within the box's rows.
  expect(sendBox.x).toBeGreaterThanOrEqual(grown.x + grown.width);
  expect(sendBox.y).toBeGreaterThanOrEqual(grown.y - 1);
  expect(sendBox.y + sendBox.height).toBeLessThanOrEqual(grown.y + grown.height + 1);
  await expect(send).toBeInViewport();
  await composer(page).fill("");

  await openSettings(page);
  await expectSheet(settingsDialog(page), "settings");
  await expectNoSidewaysScroll(page, "settings");

  await openModelManager(page);
  await expectSheet(modelManager(page), "models");
  await expectNoSidewaysScroll(page, "models");
  await modelManager(page).getByRole("button", { name: "Close" }).click();

  await openPrivacyPanel(page);
  await expect(privacyPanel(page).getByRole("table", { name: "Network requests" })).toBeVisible();
  await expectSheet(privacyPanel(page), "privacy");
  await expectNoSidewaysScroll(page, "privacy");
});

test.describe("at desktop width", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the sidebar stays beside the chat with New chat, search, the conversations and Settings only", async ({
    page,
  }) => {
    await openApp(page);
    await expect(conversationNav(page)).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
    const sidebar = page.getByRole("complementary");
    await expect(sidebar.getByRole("button", { name: "New chat" })).toBeVisible();
    await expect(sidebar.getByRole("searchbox", { name: "Search conversations" })).toBeVisible();
    await expect(sidebar.getByRole("button", { name: "Settings", exact: true })).toBeVisible();
    for (const moved of [
      "Privacy",
      "Manage models",
      "Security",
      "Keyboard shortcuts",
      "Export conversations",
    ]) {
      await expect(page.getByRole("button", { name: moved, exact: true }), moved).toBeHidden();
    }
    await expect(page.getByRole("combobox", { name: "Theme" })).toBeHidden();
    // The chat has its level-one heading even where it is not shown.
    await expect(page.getByRole("heading", { level: 1, name: "Sigilo", exact: true })).toBeAttached();
  });
});
