import {
  assistantMessages,
  expectModelReady,
  modelsRegion,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { addCustomModel, modelManager, TINY_LLAMA, openModelManager } from "./support/customModels";
import { expect, test } from "./support/test";
import { closeSettings } from "./support/settings";

test("a reply from a model you added is signed with its name, and still recognisable once the model is removed", async ({
  page,
}) => {
  await openApp(page, { downloadMs: 0, rate: 0 });
  await addCustomModel(page);
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${TINY_LLAMA.name}` })
    .click();
  await expectModelReady(page);
  await sendMessage(page, "Hello, tiny model");
  await waitForReply(page);

  // The author line names the model, and so does the details line (before the time and figures).
  const reply = assistantMessages(page).last();
  await expect(reply.getByText(TINY_LLAMA.name, { exact: true })).toBeVisible();
  await expect(reply.getByText(new RegExp(`^${TINY_LLAMA.name} · `))).toBeVisible();
  await expect(reply.getByText("Assistant", { exact: true })).toHaveCount(0);

  // Removed, the model's full name is gone from this browser: what is left of it still says who wrote it.
  await openModelManager(page);
  await modelManager(page)
    .getByRole("button", { name: `Remove ${TINY_LLAMA.name}` })
    .click();
  await page
    .getByRole("dialog", { name: `Remove ${TINY_LLAMA.name}?` })
    .getByRole("button", { name: "Remove model" })
    .click();
  await expect(modelManager(page).getByRole("list", { name: "Your models" })).toHaveCount(0);
  await modelManager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await expect(reply.getByText("tiny-llama (removed)", { exact: true })).toBeVisible();

  await page.reload();
  await page
    .getByRole("navigation", { name: "Conversations" })
    .getByRole("button", { name: "Hello, tiny model", exact: true })
    .click();
  await expect(
    assistantMessages(page).last().getByText("tiny-llama (removed)", { exact: true }),
  ).toBeVisible();
});
