import type { Page } from "@playwright/test";
import { openApp } from "./support/app";
import { expect, test } from "./support/test";
import { openSettings } from "./support/settings";

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT = "rgb(247, 247, 248)";
const DARK = "rgb(20, 20, 22)";

test("the theme follows the system until the user picks one, and the choice is remembered", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openApp(page);
  await openSettings(page, "Appearance");
  const theme = page.getByRole("combobox", { name: "Theme" });
  await expect(theme).toHaveValue("system");
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background(page)).toBe(LIGHT);

  await theme.selectOption("Dark");
  await expect.poll(() => background(page)).toBe(DARK);
  await page.reload();
  await openSettings(page, "Appearance");
  await expect(theme).toHaveValue("dark");
  expect(await background(page)).toBe(DARK);

  await theme.selectOption("Light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(() => background(page)).toBe(LIGHT);

  await theme.selectOption("System");
  await expect.poll(() => background(page)).toBe(DARK);
});
