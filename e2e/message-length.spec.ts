import type { Locator, Page } from "@playwright/test";
import {
  composer,
  downloadPreselectedModel,
  downloadPreselectedModelInPortuguese,
  openApp,
  pasteText,
  sendMessage,
  userMessages,
  waitForReply,
} from "./support/app";
import { expect, test } from "./support/test";

/**
 * Text longer than a message holds (200,000 characters) is refused whole, with the reason, however it
 * arrives: pasted into the edit box as into the message box, or dropped onto either. Cut at the box's limit
 * it would lose its end without a word.
 */
const TOO_LONG = "too long ".repeat(30_000); // 270,000 characters

/** Drops text onto the box as a drag from another window would (a drop event carrying text/plain). */
async function dropText(page: Page, box: Locator, text: string) {
  const dataTransfer = await page.evaluateHandle((value) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", value);
    return transfer;
  }, text);
  await box.dispatchEvent("drop", { dataTransfer });
}

test("a paste or a drop longer than a message holds is refused in the edit box, with the reason; the message is kept", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: about tides");
  await waitForReply(page);

  const first = userMessages(page).first();
  await first.getByRole("button", { name: "Edit" }).click();
  const editor = first.getByRole("textbox", { name: "Edit message" });
  await pasteText(page, editor, TOO_LONG);
  // The edit box attaches nothing: the way out is a new message.
  await expect(first.getByRole("alert")).toHaveText(
    "Nothing was pasted: that text is 270,000 characters, and a message holds up to 200,000, more than a model here reads at once. To give it to the model, attach it as a file to a new message (Attach files, beside the message box): Sigilo then gives the model the parts each question needs.",
  );
  await expect(editor).toHaveValue("echo: about tides");

  await dropText(page, editor, TOO_LONG);
  await expect(first.getByRole("alert")).toHaveText(
    /^Nothing was added: the dropped text is 270,000 characters/,
  );
  await expect(editor).toHaveValue("echo: about tides");

  await pasteText(page, editor, " and the moon");
  await expect(editor).toHaveValue("echo: about tides and the moon");
  await expect(first.getByRole("alert")).toHaveCount(0);
});

test("text dropped onto the message box past what a message holds is refused with the reason, not cut", async ({
  page,
}) => {
  await openApp(page);
  await downloadPreselectedModel(page);
  await composer(page).fill("Keep this.");
  await dropText(page, composer(page), TOO_LONG);
  await expect(page.getByRole("alert")).toHaveText(
    "Nothing was added: the dropped text is 270,000 characters, and a message holds up to 200,000, more than a model here reads at once. Attach it as a file instead (Attach files): Sigilo then gives the model the parts each question needs.",
  );
  await expect(composer(page)).toHaveValue("Keep this.");
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the dropped text's refusal speaks Portuguese", async ({ page }) => {
    await openApp(page);
    await downloadPreselectedModelInPortuguese(page);
    const box = page.getByRole("textbox", { name: "Mensagem" });
    await dropText(page, box, TOO_LONG);
    await expect(page.getByRole("alert")).toContainText(
      "Nada foi adicionado: o texto solto tem 270.000 caracteres, e uma mensagem comporta até 200.000",
    );
  });
});
