import {
  assistantMessages,
  composer,
  downloadPreselectedModel,
  downloadPreselectedModelInPortuguese,
  openApp,
  sendMessage,
  userMessages,
  waitForReply,
} from "./support/app";
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/test";

/** Drawn as an icon: icon-sized, its name in words for screen readers and as a tooltip on hover. */
async function expectIconButton(button: Locator, name: string) {
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute("title", name);
  await expect(button.locator("svg")).toHaveCount(1);
  const box = (await button.boundingBox())!;
  expect(box.width, `${name} is icon-sized`).toBeLessThanOrEqual(40);
}

test("message actions and the composer's tools are named icons; what the user wrote sits on the right", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await sendMessage(page, "echo: how does it look?");
  await waitForReply(page);

  const question = userMessages(page).first();
  for (const name of ["Edit", "Copy", "Delete"]) {
    await expectIconButton(question.getByRole("button", { name, exact: true }), name);
  }
  const reply = assistantMessages(page).first();
  for (const name of ["Regenerate", "Copy", "Delete"]) {
    await expectIconButton(reply.getByRole("button", { name, exact: true }), name);
  }
  for (const name of ["Attach files", "Documents", "Send"]) {
    await expectIconButton(page.getByRole("button", { name, exact: true }), name);
  }

  // The user's words are a bubble on the right; the reply reads across from the left.
  const bubble = (await question.getByText("echo: how does it look?").boundingBox())!;
  const replyBox = (await reply.boundingBox())!;
  expect(bubble.x + bubble.width).toBeGreaterThan(replyBox.x + replyBox.width * 0.9);
  expect(bubble.x).toBeGreaterThan(replyBox.x + replyBox.width * 0.3);

  // The composer is one row: its tools, the text and Send, vertically within the message box's row.
  const text = (await composer(page).boundingBox())!;
  const send = (await page.getByRole("button", { name: "Send" }).boundingBox())!;
  const attach = (await page.getByRole("button", { name: "Attach files" }).boundingBox())!;
  expect(attach.x + attach.width).toBeLessThanOrEqual(text.x + 1);
  expect(send.x).toBeGreaterThanOrEqual(text.x + text.width - 1);
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the icons are named in Portuguese", async ({ page }) => {
    await openApp(page, { rate: 0 });
    await downloadPreselectedModelInPortuguese(page);
    await page.getByRole("textbox", { name: "Mensagem" }).fill("echo: olá");
    await expectIconButton(page.getByRole("button", { name: "Enviar", exact: true }), "Enviar");
    await page.getByRole("button", { name: "Enviar", exact: true }).click();
    const reply = page.getByRole("listitem", { name: "O assistente disse" }).first();
    for (const name of ["Gerar de novo", "Copiar", "Excluir"]) {
      await expectIconButton(reply.getByRole("button", { name, exact: true }), name);
    }
  });
});
