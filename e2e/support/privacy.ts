import type { Page } from "@playwright/test";
import { openSettings } from "./settings";

/** Settings → Privacy: the panel opens over Settings, which is there again once it closes. */
export async function openPrivacyPanel(page: Page) {
  await openSettings(page, "Privacy");
  await page.getByRole("button", { name: "Privacy", exact: true }).click();
}

export function privacyPanel(page: Page) {
  return page.getByRole("dialog", { name: "Privacy" });
}

export interface LoggedRequest {
  /** "host/path?query" as the table shows it. */
  url: string;
  purpose: string;
  /** The note under the path when the host answered with a redirect ("Redirected to …"), else "". */
  redirect: string;
}

/** The request log's rows, read from the table like a user would. */
export async function loggedRequests(page: Page): Promise<LoggedRequest[]> {
  const rows = privacyPanel(page).getByRole("table", { name: "Network requests" }).getByRole("row");
  const cells = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => {
      const [, host, path, , purpose] = Array.from(tr.querySelectorAll("td"));
      // The path cell holds the path, then the redirect note (if any) in an element of its own.
      const note = path?.querySelector("span")?.textContent ?? "";
      const pathText = (path?.textContent ?? "").slice(0, (path?.textContent ?? "").length - note.length);
      return {
        url: `${host?.textContent ?? ""}${pathText}`,
        purpose: purpose?.textContent ?? "",
        redirect: note,
      };
    }),
  );
  return cells;
}
