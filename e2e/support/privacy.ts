import type { Page } from "@playwright/test";

export function openPrivacyPanel(page: Page) {
  return page.getByRole("button", { name: "Privacy" }).click();
}

export function privacyPanel(page: Page) {
  return page.getByRole("dialog", { name: "Privacy" });
}

/** The request log's rows as "host/path" with their purposes, read from the table like a user would. */
export async function loggedRequests(page: Page): Promise<{ url: string; purpose: string }[]> {
  const rows = privacyPanel(page).getByRole("table", { name: "Network requests" }).getByRole("row");
  const cells = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent ?? "")),
  );
  return cells.map(([, host, path, , purpose]) => ({ url: `${host}${path}`, purpose: purpose ?? "" }));
}
