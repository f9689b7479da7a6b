import { composer, downloadPreselectedModel, openApp, pasteText, userMessages } from "./support/app";
import { expect, test } from "./support/test";
import { putRawRecords, sidebar } from "./support/transfer";

/**
 * Text of a size no one types: a message of megabytes, a title of megabytes, a paste of 20 MB. Laid out whole,
 * each held the page for 8 to 32 s at every opening; now each opens, shows all its words, and the page answers.
 */
test("a message of 5 MB in one word and one of 5 MB in lines open whole, under a 1 MB title", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  const now = Date.now();
  const message = (id: string, parentId: string | null, content: string, createdAt: number) => ({
    id,
    conversationId: "huge",
    parentId,
    role: "user",
    content,
    createdAt,
    status: "complete",
  });
  await putRawRecords(page, {
    conversations: [
      { id: "huge", title: `Huge ${"t".repeat(1_000_000)}`, titled: true, createdAt: now, updatedAt: now },
    ],
    messages: [
      message("word", null, `WORDSTART${"x".repeat(5_000_000)}WORDEND`, now - 2_000),
      message("lines", "word", `LINESSTART\n${"a line of text\n".repeat(350_000)}LINESEND`, now - 1_000),
    ],
  });
  await page.reload();
  await expect(userMessages(page)).toHaveCount(2, { timeout: 60_000 });
  await expect(userMessages(page).first()).toContainText("WORDSTART");
  await expect(userMessages(page).first()).toContainText("WORDEND");
  await expect(userMessages(page).last()).toContainText("LINESSTART");
  await expect(userMessages(page).last()).toContainText("LINESEND");
  // The title is kept, cut to what a label can hold.
  await expect(sidebar(page).getByRole("button", { name: /^Huge t+$/ })).toBeVisible();
  const search = page.getByRole("searchbox", { name: "Search conversations" });
  await search.fill("still here");
  await expect(search).toHaveValue("still here");
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
});

test("a paste longer than a message holds is refused with the reason and a way out; a shorter one goes in", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await downloadPreselectedModel(page);
  await pasteText(page, composer(page), "too long ".repeat(30_000));
  await expect(page.getByRole("alert")).toHaveText(
    "Nothing was pasted: that text is 270,000 characters, and a message holds up to 200,000, more than a model here reads at once. Attach it as a file instead (Attach files): Sigilo then gives the model the parts each question needs.",
  );
  await expect(composer(page)).toHaveValue("");

  await pasteText(page, composer(page), "A question that fits.");
  await expect(composer(page)).toHaveValue("A question that fits.");
  await expect(page.getByRole("alert")).toHaveCount(0);
});
