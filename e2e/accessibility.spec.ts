import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

/** axe-core's serious and critical findings on what is on screen now, summarised for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
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

for (const scheme of ["light", "dark"] as const) {
  test(`no serious axe violations on first run, chat, search and dialogs (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000); // five full axe scans of the page, each seconds long on a shared 2-core machine
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, { rate: 0 });
    await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
    expect(await seriousViolations(page), "first run and model picker").toEqual([]);

    await chatWithReply(page);
    expect(await seriousViolations(page), "chat").toEqual([]);

    await page.getByRole("searchbox", { name: "Search conversations" }).fill("reply");
    await expect(page.getByRole("list", { name: "Search results" })).toBeVisible();
    await page.getByText("Export and import", { exact: true }).click();
    expect(await seriousViolations(page), "search results and export menu").toEqual([]);

    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await seriousViolations(page), "shortcuts dialog").toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: /^Delete / }).click();
    await expect(page.getByRole("dialog", { name: "Delete conversation?" })).toBeVisible();
    expect(await seriousViolations(page), "delete dialog").toEqual([]);
  });
}

test("at 360 px wide everything fits and stays accessible", async ({ page }) => {
  test.setTimeout(90_000); // two full axe scans and a reply
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, { rate: 0 });
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  expect(await seriousViolations(page), "first run at 360 px").toEqual([]);
  await chatWithReply(page);
  expect(await seriousViolations(page), "chat at 360 px").toEqual([]);
  // Nothing makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.getByRole("button", { name: "Send" })).toBeInViewport();
});
