import type { Page } from "@playwright/test";

/** The sidebar's search box. */
export function searchBox(page: Page) {
  return page.getByRole("searchbox", { name: "Search conversations" });
}

/** The search hits, one button each. */
export function searchResults(page: Page) {
  return page.getByRole("list", { name: "Search results" }).getByRole("button");
}
