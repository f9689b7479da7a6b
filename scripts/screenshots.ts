/**
 * `npm run screenshots -- --out docs/screenshots/<name>`: the main screens of the fixture build (run
 * `npm run build:fixture` first) at desktop (1280×800, light and dark) and phone (390×844) size, as PNG files,
 * so a change to the look can be shown before and after. No network: model files come from the e2e tests'
 * fake model host, replies from the fixture engine.
 */
import { chromium, expect, type Browser, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromiumArgs, findChromium, webgpuArgs } from "../e2e/support/browser";
import { assistantMessages, expectModelReady } from "../e2e/support/app";
import { serveFakeModels } from "../e2e/support/fakeModelHost";
import { openSettings, settingsDialog } from "../e2e/support/settings";
import { serveBuild } from "../e2e/support/staticServer";

const { values } = parseArgs({
  options: { out: { type: "string", default: "docs/screenshots/current" }, build: { type: "string" } },
});
const outDir = values.out!;
const buildDir = values.build ?? "dist-fixture";

interface Variant {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: "light" | "dark";
}

const VARIANTS: Variant[] = [
  { name: "desktop-light", viewport: { width: 1280, height: 800 }, colorScheme: "light" },
  { name: "desktop-dark", viewport: { width: 1280, height: 800 }, colorScheme: "dark" },
  { name: "phone-light", viewport: { width: 390, height: 844 }, colorScheme: "light" },
];

const REPLY_PROMPT = "Show me a small TypeScript function and a table of three planets";

/** Each screen: how to reach it from the chat with one finished reply. */
const SCREENS: Array<{ name: string; open(page: Page): Promise<void> }> = [
  { name: "chat", open: async () => {} },
  {
    name: "chat-settings",
    open: (page) => clickThenWait(page, "Chat settings", page.getByRole("dialog", { name: "Chat settings" })),
  },
  { name: "settings", open: (page) => openSettings(page) },
  {
    name: "models",
    open: (page) =>
      openFromSettings(page, "Manage models", page.getByRole("dialog", { name: "Model manager" })),
  },
  {
    name: "privacy",
    open: (page) => openFromSettings(page, "Privacy", page.getByRole("dialog", { name: "Privacy" })),
  },
];

async function clickThenWait(page: Page, button: string, shown: ReturnType<Page["getByRole"]>) {
  await page.getByRole("button", { name: button }).first().click();
  await shown.waitFor();
}

async function openFromSettings(page: Page, button: string, shown: ReturnType<Page["getByRole"]>) {
  await openSettings(page);
  await settingsDialog(page).getByRole("button", { name: button, exact: true }).click();
  await shown.waitFor();
}

async function shoot(browser: Browser, origin: string, variant: Variant): Promise<void> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: variant.viewport,
    colorScheme: variant.colorScheme,
    locale: "en-US",
  });
  await serveFakeModels(context);
  const page = await context.newPage();
  await page.goto("/?fixture-download-ms=300&fixture-rate=400");
  const models = page.getByRole("region", { name: "Models" });
  await models.waitFor();
  await page.screenshot({ path: join(outDir, `first-run-${variant.name}.png`) });

  await models.getByRole("button", { name: /^Download / }).click();
  // The message box is usable while the model loads; the screens show it loaded and a reply finished.
  await expectModelReady(page, 30_000);
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill(REPLY_PROMPT);
  await composer.press("Enter");
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0, { timeout: 30_000 });
  // Formatted in a worker: the screens show the reply as people see it, not the text before it is formatted.
  await expect(assistantMessages(page).locator("pre")).toBeVisible({ timeout: 30_000 });

  for (const screen of SCREENS) {
    await screen.open(page);
    await page.screenshot({ path: join(outDir, `${screen.name}-${variant.name}.png`) });
    // Back to the chat: a panel opened from Settings closes first, then Settings, then (phone) the menu.
    for (let layer = 0; layer < 3 && (await page.locator("dialog[open]").count()) > 0; layer++) {
      await page.keyboard.press("Escape");
    }
    const closeMenu = page.getByRole("button", { name: "Close menu" });
    if (await closeMenu.isVisible()) await closeMenu.click();
  }
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await serveBuild(buildDir);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, ...webgpuArgs],
  });
  try {
    for (const variant of VARIANTS) await shoot(browser, server.origin, variant);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Screenshots written to ${outDir}`);
}

await main();
