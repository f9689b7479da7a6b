import type { Page } from "@playwright/test";
import { openApp } from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { expect, test } from "./support/test";
import { closeSettings, openSettings } from "./support/settings";

/** The dictionaries the page downloads (each language is a chunk of its own), in order. */
function watchDictionaries(page: Page): string[] {
  const fetched: string[] = [];
  page.on("request", (request) => {
    const match = /\/assets\/(en|pt-BR)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
    if (match) fetched.push(match[1]!);
  });
  return fetched;
}

/**
 * Records, at every change of the page, a few texts from different corners of the interface, so a test can
 * see that a language switch never shows a mix of languages or a missing text, even for one frame.
 */
async function recordInterfaceTexts(page: Page): Promise<() => Promise<string[][]>> {
  await page.evaluate(() => {
    const read = () => [
      document.querySelector(".sidebar-header .button.primary")?.textContent ?? "",
      document.querySelector('input[type="search"]')?.getAttribute("aria-label") ?? "",
      document.querySelector("nav")?.getAttribute("aria-label") ?? "",
    ];
    const seen: string[][] = [read()];
    new MutationObserver(() => seen.push(read())).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    (window as unknown as { seenTexts: string[][] }).seenTexts = seen;
  });
  return () => page.evaluate(() => (window as unknown as { seenTexts: string[][] }).seenTexts);
}

const ENGLISH = ["New chat", "Search conversations", "Conversations"];
const PORTUGUESE = ["Nova conversa", "Pesquisar conversas", "Conversas"];

test("an English browser downloads only the English texts; switching downloads Portuguese and changes everything at once", async ({
  page,
}) => {
  const fetched = watchDictionaries(page);
  await openApp(page, { rate: 0 });
  await expect(page.getByRole("region", { name: "Models" })).toBeVisible();
  expect(fetched).toEqual(["en"]);

  const seenTexts = await recordInterfaceTexts(page);
  await openSettings(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("Português (Brasil)");
  await closeSettings(page);
  await expect(page.getByRole("region", { name: "Modelos" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  expect(fetched).toEqual(["en", "pt-BR"]);
  const seen = await seenTexts();
  expect(
    seen.every((texts) => [ENGLISH, PORTUGUESE].some((language) => language.join() === texts.join())),
  ).toBe(true);
  expect(seen.at(-1)).toEqual(PORTUGUESE);

  // The choice is remembered: the next start downloads Portuguese only, and shows it from the first render.
  fetched.length = 0;
  await page.reload();
  await expect(page.getByRole("region", { name: "Modelos" })).toBeVisible();
  expect(fetched).toEqual(["pt-BR"]);
});

test.describe("in a Brazilian Portuguese browser", () => {
  test.use({ locale: "pt-BR" });

  test("only the Portuguese texts are downloaded, and offline they come from the app's own cache, start-up problems included", async ({
    page,
    context,
  }) => {
    const fetched = watchDictionaries(page);
    await openApp(page, { rate: 0 });
    await expect(page.getByRole("region", { name: "Modelos" })).toBeVisible();
    expect(fetched).toEqual(["pt-BR"]);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("region", { name: "Modelos" })).toBeVisible();

    // Storage refused before anything is known of the user: the problem is shown in the browser's language,
    // its texts loaded offline, from the service worker's copy of the app.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      };
    });
    await page.reload();
    const problem = page.getByRole("alert");
    await expect(
      problem.getByRole("heading", { name: "Este navegador não deixa o Sigilo guardar dados" }),
    ).toBeVisible();
    await expect(problem).toHaveAttribute("lang", "pt-BR");
    await expect(problem.getByRole("button", { name: "Recarregar" })).toBeVisible();
  });
});
