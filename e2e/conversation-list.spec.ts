import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { openApp } from "./support/app";
import { seedConversations } from "./support/seedConversations";
import { searchBox, searchResults } from "./support/search";
import { expect, test } from "./support/test";

/*
 * Years of use: 10,000 conversations in the sidebar. Only a screenful of rows is in the page at a time, so
 * everything a person does with the list is checked where it matters, far from the top.
 */
const COUNT = 10_000;

function sidebar(page: Page) {
  return page.getByRole("navigation", { name: "Conversations" });
}

/** Seeded conversation n is the (COUNT - n)th newest: conversation 0 is at the bottom of the list. */
function row(page: Page, n: number) {
  return sidebar(page).getByRole("button", { name: `Seeded conversation ${n}`, exact: true });
}

async function openWithHistory(page: Page, needle?: { conversation: number; message: number; text: string }) {
  test.setTimeout(120_000);
  await openApp(page, { rate: 0 });
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  await seedConversations(page, { conversations: COUNT, messagesPerConversation: 2, needle });
  // The app opens the newest conversation once it has checked for replies cut off by a closed tab: the first
  // time (the history was written behind its back) that reads every message.
  await expect(row(page, COUNT - 1)).toHaveAttribute("aria-current", "page", { timeout: 30_000 });
  // The first screen of the list comes first, the rest just after.
  await expect(sidebar(page).getByRole("listitem").first()).toHaveAttribute("aria-setsize", String(COUNT));
}

test("10,000 conversations are listed and scroll, a screenful in the page at a time, each saying its place", async ({
  page,
}) => {
  await openWithHistory(page);
  const first = sidebar(page).getByRole("listitem").first();
  await expect(first).toHaveAttribute("aria-setsize", String(COUNT));
  await expect(first).toHaveAttribute("aria-posinset", "1");
  expect(await sidebar(page).getByRole("listitem").count()).toBeLessThan(100);

  await sidebar(page).evaluate((nav) => nav.scrollTo({ top: nav.scrollHeight }));
  await expect(row(page, 0)).toBeInViewport();
  await expect(
    sidebar(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: "Seeded conversation 0", exact: true }) }),
  ).toHaveAttribute("aria-posinset", String(COUNT));
  expect(await sidebar(page).getByRole("listitem").count()).toBeLessThan(100);
  await sidebar(page).evaluate((nav) => nav.scrollTo({ top: (nav.scrollHeight - nav.clientHeight) / 2 }));
  await expect(row(page, COUNT / 2)).toBeInViewport();

  const axe = await new AxeBuilder({ page }).include("nav").withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
});

test("scrolling down through 10,000 conversations, as a person does, ends at the very last one", async ({
  page,
}) => {
  await openWithHistory(page);
  // Frame by frame, as a wheel or a dragged scrollbar does: rows measured on the way must not leave the list's
  // end short of (or past) its last row.
  await sidebar(page).evaluate(async (nav) => {
    const steps = 60;
    for (let step = 1; step <= steps; step++) {
      nav.scrollTop = ((nav.scrollHeight - nav.clientHeight) * step) / steps;
      await new Promise(requestAnimationFrame);
    }
    nav.scrollTop = nav.scrollHeight;
  });
  await expect(row(page, 0)).toBeInViewport();
  const oldest = sidebar(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "Seeded conversation 0", exact: true }) });
  await expect(oldest).toHaveAttribute("aria-posinset", String(COUNT));
  // Nothing but the end of the list below it: the last row sits at the bottom of the scrolled area.
  const gap = await sidebar(page).evaluate((nav) => {
    const last = nav.querySelector(
      `li[aria-posinset="${nav.querySelector("li")!.getAttribute("aria-setsize")}"]`,
    )!;
    return nav.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom;
  });
  expect(Math.abs(gap)).toBeLessThan(40);
});

test("the list is one tab stop: arrows, Home and End move through it, and the focus stays while its row scrolls away", async ({
  page,
}) => {
  await openWithHistory(page);
  // The open conversation (the newest) is where Tab enters the list.
  await searchBox(page).focus();
  await page.keyboard.press("Tab");
  await expect(row(page, COUNT - 1)).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await expect(row(page, COUNT - 2)).toBeFocused();
  await page.keyboard.press("End");
  await expect(row(page, 0)).toBeFocused();
  await expect(row(page, 0)).toBeInViewport();
  await page.keyboard.press("ArrowUp");
  await expect(row(page, 1)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(row(page, COUNT - 1)).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(page.locator(":focus")).toHaveAccessibleName(/^Seeded conversation 99\d\d$/);

  // Scrolled far away, the focused row stays in the page and keeps the focus; Tab goes on to its buttons.
  await page.keyboard.press("Home");
  await sidebar(page).evaluate((nav) => nav.scrollTo({ top: (nav.scrollHeight - nav.clientHeight) / 2 }));
  await expect(row(page, COUNT / 2)).toBeInViewport();
  await expect(row(page, COUNT - 1)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    sidebar(page).getByRole("button", { name: `Rename Seeded conversation ${COUNT - 1}` }),
  ).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(
    sidebar(page).getByRole("button", { name: `Delete Seeded conversation ${COUNT - 1}` }),
  ).toBeFocused();

  // Enter opens the focused conversation.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await expect(row(page, 0)).toHaveAttribute("aria-current", "page");
});

test("a conversation far down the list can be renamed and deleted", async ({ page }) => {
  await openWithHistory(page);
  await row(page, COUNT - 1).focus();
  await page.keyboard.press("End");
  await sidebar(page).getByRole("button", { name: "Rename Seeded conversation 1", exact: true }).click();
  const title = sidebar(page).getByRole("textbox", { name: "Conversation title" });
  await title.fill("The harbour ledger");
  await title.press("Enter");
  const renamed = sidebar(page).getByRole("button", { name: "The harbour ledger", exact: true });
  await expect(renamed).toBeFocused();

  await sidebar(page).getByRole("button", { name: "Delete Seeded conversation 0", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Delete conversation?" })
    .getByRole("button", { name: "Delete" })
    .click();
  await expect(row(page, 0)).toHaveCount(0);
  // The focus goes to the row that took the deleted one's place (here the new last one), not to the page.
  await expect(renamed).toBeFocused();
  await expect(sidebar(page).getByRole("listitem").first()).toHaveAttribute(
    "aria-setsize",
    String(COUNT - 1),
  );

  await page.reload();
  await expect(row(page, COUNT - 1)).toBeVisible();
  // The first screen of the list comes first, the rest just after: End goes to the end once it is all there.
  await expect(sidebar(page).getByRole("listitem").first()).toHaveAttribute(
    "aria-setsize",
    String(COUNT - 1),
  );
  await row(page, COUNT - 1).focus();
  await page.keyboard.press("End");
  await expect(renamed).toBeFocused();
  await expect(sidebar(page).getByRole("listitem").last()).toHaveAttribute(
    "aria-posinset",
    String(COUNT - 1),
  );
  await expect(row(page, 0)).toHaveCount(0);
});

test("a search hit and the previous/next shortcuts bring a conversation far down the list into view", async ({
  page,
}) => {
  await openWithHistory(page, { conversation: 5, message: 1, text: "the lighthouse keeper's log" });
  await searchBox(page).fill("lighthouse keeper");
  const hits = searchResults(page);
  await expect(hits).toHaveCount(1, { timeout: 30_000 });
  await hits.click();
  await expect(row(page, 5)).toHaveAttribute("aria-current", "page");
  await expect(row(page, 5)).toBeInViewport();

  await page.keyboard.press("Alt+ArrowDown");
  await expect(row(page, 4)).toHaveAttribute("aria-current", "page");
  await expect(row(page, 4)).toBeInViewport();
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.press("Alt+ArrowUp");
  await expect(row(page, 6)).toHaveAttribute("aria-current", "page");
  await expect(row(page, 6)).toBeInViewport();
});
