import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import {
  assistantMessages,
  downloadPreselectedModel,
  downloadPreselectedModelInPortuguese,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { closeSettings, openSettings } from "./support/settings";
import { expect, test } from "./support/test";

test("a one-token reply says '1 token', leaves out the speed there was nothing to measure, and survives a reload", async ({
  page,
}) => {
  test.setTimeout(60_000); // a download, a reply and a reload that loads the model again
  // Like web-llm 0.2.86, the fixture reports a decode speed of 0/0 for a reply of one token.
  await openApp(page, { rate: 0, replyTokens: 1 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "Say one word");
  await waitForReply(page);

  const reply = assistantMessages(page).first();
  await expect(reply).toContainText(/ · 1 token · prefill [\d.]+ tokens\/s · first token after [\d.]+ s/);
  await expect(reply).not.toContainText("decode");
  await expect(reply).not.toContainText("NaN");

  // Stored with its figures: a reload reads it back (a NaN speed made the stored message invalid).
  await page.reload();
  await expect(assistantMessages(page).first()).toContainText(" · 1 token · ");
});

/** With the interface in Portuguese: downloads the suggested model and asks for one word. */
async function askForOneWordInPortuguese(page: Page): Promise<void> {
  await downloadPreselectedModelInPortuguese(page);
  await page.getByRole("textbox", { name: "Mensagem" }).fill("Uma palavra");
  await page.getByRole("textbox", { name: "Mensagem" }).press("Enter");
}

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the details line follows Portuguese plurals and decimal commas", async ({ page }) => {
    await openApp(page, { rate: 0, replyTokens: 1 });
    await askForOneWordInPortuguese(page);
    await expect(page.getByRole("listitem", { name: "O assistente disse" }).first()).toContainText(
      / · 1 token · leitura [\d,]+ tokens\/s · primeiro token após \d+,\d+ s/,
    );
  });
});

test("Portuguese chosen in an English browser writes the details line and the Markdown export's dates in Portuguese", async ({
  page,
}) => {
  await openApp(page, { rate: 0, replyTokens: 1 });
  await openSettings(page, "Appearance");
  await page.getByRole("combobox", { name: "Language" }).selectOption("Português (Brasil)");
  await closeSettings(page);
  await askForOneWordInPortuguese(page);
  // "7 de dez. de 2026, 06:50", not "Dec 7, 2026, 6:50 AM"; "480,0 tokens/s", not "480.0".
  await expect(page.getByRole("listitem", { name: "O assistente disse" }).first()).toContainText(
    / · \d{1,2} de [a-zç]+\.? de \d{4}, \d{2}:\d{2} · 1 token · leitura \d+,\d tokens\/s/,
  );

  await openSettings(page, "Conversas");
  await page.getByText("Exportar e importar", { exact: true }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportar esta conversa em Markdown" }).click();
  const markdown = await readFile((await (await download).path())!, "utf8");
  expect(markdown).toMatch(/^# .+\n\n_\d{1,2} de [a-zç]+\.? de \d{4}, \d{2}:\d{2}_\n/);
});
