import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  messages,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { searchBox, searchResults } from "./support/search";
import { expect, test } from "./support/test";

/** The text of every range the search highlight marks on the page (CSS Custom Highlight API). */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // TypeScript's DOM types do not declare the registry's Map methods yet.
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    return [...(registry.get("search-match") ?? [])].map((range) => (range as Range).toString());
  });
}

test("a match in an older version of a message switches to that version, then reveals and highlights it", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: Lighthouses guide ships.");
  await waitForReply(page);
  await sendMessage(page, "echo: The Fresnel lens made their beams reach far.");
  await waitForReply(page);

  // Editing the first message starts a new version: the Fresnel exchange is now on a hidden branch.
  const first = page.getByRole("listitem", { name: "You said" }).first();
  await first.getByRole("button", { name: "Edit" }).click();
  await first.getByRole("textbox", { name: "Edit message" }).fill("echo: Volcanoes and their ash");
  await first.getByRole("button", { name: "Save and send" }).click();
  await waitForReply(page);
  await expect(messages(page)).toHaveCount(2);
  await expect(first.getByLabel("Version 2 of 2")).toBeVisible();
  await expect(page.getByText("Fresnel")).toHaveCount(0);

  await searchBox(page).fill("fresnel");
  await expect(page.getByRole("status").filter({ hasText: "matches" })).toHaveText("2 matches.");
  await searchResults(page).filter({ hasText: "Assistant" }).click();

  // The older version is shown (as if the user had pressed "Previous version"), the reply focused and marked.
  await expect(first.getByLabel("Version 1 of 2")).toBeVisible();
  await expect(messages(page)).toHaveCount(4);
  const reply = assistantMessages(page).filter({ hasText: "Fresnel lens" });
  await expect(reply).toBeFocused();
  await expect(reply).toBeInViewport();
  await expect.poll(() => highlightedTexts(page)).toEqual(["Fresnel"]);

  // The switch is kept, like any version switch: after a reload the same version is on screen.
  await page.reload();
  await expect(
    page.getByRole("listitem", { name: "You said" }).first().getByLabel("Version 1 of 2"),
  ).toBeVisible();
  await expect(assistantMessages(page).filter({ hasText: "Fresnel lens" })).toBeVisible();

  // And back: a match in the newer version, now hidden, switches again.
  await searchBox(page).fill("volcanoes");
  await searchResults(page).filter({ hasText: "You" }).click();
  await expect(page.getByRole("listitem", { name: "You said" }).first()).toBeFocused();
  await expect(
    page.getByRole("listitem", { name: "You said" }).first().getByLabel("Version 2 of 2"),
  ).toBeVisible();
  await expect(messages(page)).toHaveCount(2);
});
