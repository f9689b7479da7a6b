import type { Page } from "@playwright/test";
import { assistantMessages, composer, openApp } from "./support/app";
import { storeConversation } from "./support/storedConversation";
import { expect, test } from "./support/test";

const LIMITED_NOTE = "too deeply nested or too large to format";
/** Longer than the renderer's own time limit (15 s), so a slow machine shows a fallback, not a test timeout. */
const FORMATTED_WITHIN = 45_000;

/**
 * Replies of every hostile kind we know of (issue 10: "hunt for the rest of its kind"): each is the runaway
 * output of a looping model, or something a conversation file could hold. Each must open, show its words, and
 * leave the app usable. `shows` is a piece of its text to find; `limited` whether part of it is past a limit
 * (the note saying so appears once it is formatted; a reply within limits ends in **end**, bold once formatted).
 */
const HOSTILE = [
  {
    kind: "emphasis nested 300 deep",
    reply: `${"*a **a ".repeat(300)}core${" a** a*".repeat(300)}`,
    shows: "core",
    limited: true,
  },
  {
    kind: "3,000 nested brackets",
    reply: `${"[".repeat(3000)}core${"]".repeat(3000)}`,
    shows: "core",
    limited: true,
  },
  {
    kind: "links in images in links",
    reply: `${"[![".repeat(500)}core${"](b)](c)".repeat(500)}`,
    shows: "core",
    limited: true,
  },
  {
    kind: "a 3,000-row table",
    reply: `| row | cell |\n|---|---|\n${"| r | c |\n".repeat(3000)}| last | row |`,
    shows: "last",
    limited: true,
  },
  {
    kind: "a 200-column table",
    reply: `|${" h |".repeat(200)}\n|${"-|".repeat(200)}\n|${" c |".repeat(200)}`,
    shows: "| h | h |",
    limited: true,
  },
  {
    kind: "a 100,000-character line",
    reply: `${"word ".repeat(20_000)}**end**`,
    shows: "word word word",
    limited: false,
  },
  {
    kind: "math nested 3,000 deep",
    reply: `$$\n${"{".repeat(3000)}x${"}".repeat(3000)}\n$$`,
    shows: "{{{{x}}}}",
    limited: true,
  },
  {
    kind: "200 footnotes",
    reply: `${Array.from({ length: 200 }, (_, i) => `a[^${i}]`).join(" ")} **end**\n\n${Array.from({ length: 200 }, (_, i) => `[^${i}]: note ${i}`).join("\n")}`,
    shows: "note 199",
    limited: false,
  },
  {
    kind: "2,000 reference definitions",
    reply: `${"[x]: https://example.org\n".repeat(2000)}${"[x] ".repeat(2000)}`,
    shows: "x",
    limited: true,
  },
  {
    kind: "HTML nested 3,000 deep",
    reply: `${"<div>".repeat(3000)}core${"</div>".repeat(3000)}\n\n**end**`,
    shows: "<div><div>",
    limited: false,
  },
  {
    kind: "code indented ever deeper",
    reply: `${Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}code ${i}`).join("\n")}\n\n**end**`,
    shows: "code 299",
    limited: false,
  },
];

function sidebar(page: Page) {
  return page.getByRole("navigation", { name: "Conversations" });
}

test("a reply of every hostile kind opens, shows its text, and leaves the app usable", async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  for (const { kind, reply } of HOSTILE) {
    await storeConversation(page, { title: kind, turns: [{ question: `Write ${kind}`, reply }] });
  }

  for (const { kind, shows, limited } of HOSTILE) {
    await sidebar(page).getByRole("button", { name: kind, exact: true }).click();
    const shown = assistantMessages(page).first();
    await expect(shown, kind).toContainText(shows);
    // Formatting runs in a worker that may be slow on a loaded machine: wait for its result, however long.
    if (limited) await expect(shown, kind).toContainText(LIMITED_NOTE, { timeout: FORMATTED_WITHIN });
    else await expect(shown.getByRole("strong"), kind).toHaveText("end", { timeout: FORMATTED_WITHIN });
    await expect(shown).not.toContainText("could not be formatted");
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  }

  // Still usable: search reads through all of them and opens a reply at its message.
  await page.getByRole("searchbox", { name: "Search conversations" }).fill("note 199");
  await page
    .getByRole("list", { name: "Search results" })
    .getByRole("button")
    .filter({ hasText: "Assistant" })
    .click();
  await expect(assistantMessages(page).first().getByRole("strong")).toHaveText("end");
  await expect(composer(page)).toBeVisible();
});
