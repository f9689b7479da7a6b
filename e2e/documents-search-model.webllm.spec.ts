import { attachFiles, attachedDocuments, handbook, SEARCH_MODEL_FILES } from "./support/attachments";
import { seedConversations } from "./support/seedConversations";
import { expect, test } from "./support/test";

// The production build with the real web-llm worker, up to the search model's download: nothing is really
// downloaded. The model host answers every request for the search model's files with 403 (as a host that
// refuses them would); any other request to it is refused by the guard.
test.use({ allowedHosts: ["huggingface.co", "raw.githubusercontent.com"], serveModels: false });

test("the real engine asks the model host for the search model; a refused download keeps the document, searched by its words", async ({
  page,
  context,
}) => {
  // web-llm's 6 MB worker starts on the answer.
  test.setTimeout(120_000);
  const searchModelRequests: string[] = [];
  await context.route(`https://huggingface.co${SEARCH_MODEL_FILES}**`, (route) => {
    searchModelRequests.push(route.request().url());
    return route.fulfill({ status: 403, body: "Forbidden" });
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  // A conversation from an earlier visit, opened: its chat takes files without any chat model loaded.
  await seedConversations(page, { conversations: 1, messagesPerConversation: 2 });
  await page
    .getByRole("navigation", { name: "Conversations" })
    .getByRole("button", { name: "Seeded conversation 0", exact: true })
    .click();

  await attachFiles(page, [handbook()]);
  const question = page.getByRole("group", { name: "Search model" });
  await expect(question).toContainText(
    "a small search model (snowflake-arctic-embed-s, 130 MB), downloaded once from huggingface.co",
  );
  expect(searchModelRequests).toEqual([]);
  await question.getByRole("button", { name: "Download" }).click();

  await expect(
    page.getByRole("status").filter({ hasText: "The search model could not be downloaded" }),
  ).toContainText("Documents are searched by their words only", { timeout: 60_000 });
  await expect(attachedDocuments(page)).toHaveText([/handbook\.md/]);
  expect(searchModelRequests.length).toBeGreaterThan(0);
  for (const url of searchModelRequests) {
    expect(url.startsWith(`https://huggingface.co${SEARCH_MODEL_FILES}resolve/main/`)).toBe(true);
  }

  await page.getByRole("button", { name: "Documents" }).click();
  const panel = page.getByRole("dialog", { name: "Documents" });
  await expect(
    panel.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "handbook.md" }) }),
  ).toContainText("Words only");
  await expect(panel.getByRole("region", { name: "Search by meaning" })).toContainText(
    "1 document is searched by its words only.",
  );
});
