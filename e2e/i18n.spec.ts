import { expect, test } from "./support/test";
import { openApp } from "./support/app";
import { closeSettings, openSettings } from "./support/settings";

test.describe("in a Brazilian Portuguese browser", () => {
  test.use({ locale: "pt-BR" });

  test("the whole first chat speaks Portuguese: welcome, model picker, sending, a dialog", async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(page.getByRole("heading", { name: "Bem-vindo ao Sigilo" })).toBeVisible();
    await expect(page.getByText(/nunca saem deste dispositivo/)).toBeVisible();
    await openSettings(page, "Aparência");
    await expect(page.getByRole("combobox", { name: "Idioma" })).toHaveValue("auto");
    await closeSettings(page);

    const models = page.getByRole("region", { name: "Modelos" });
    await expect(models.getByText(/baixados uma única vez para este navegador/)).toBeVisible();
    await models.getByRole("button", { name: "Baixar Qwen2.5 0.5B Instruct (f32)" }).click();

    const message = page.getByRole("textbox", { name: "Mensagem" });
    await expect(page.getByText("Qwen2.5 0.5B Instruct (f32) · pronto")).toBeVisible({ timeout: 15_000 });
    await expect(message).toBeEnabled();
    await expect(page.getByRole("heading", { name: "Como posso ajudar?" })).toBeVisible();
    await message.fill("sobre as marés");
    await page.getByRole("button", { name: "Enviar" }).click();
    await expect(page.getByRole("listitem", { name: "Você disse" })).toHaveText(/sobre as marés/);
    await expect(page.getByRole("listitem", { name: "O assistente disse" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Enviar" })).toBeVisible({ timeout: 15_000 });

    const sidebar = page.getByRole("navigation", { name: "Conversas" });
    await sidebar.getByRole("button", { name: /^Excluir / }).click();
    const dialog = page.getByRole("dialog", { name: "Excluir conversa?" });
    await expect(dialog).toContainText("Não é possível desfazer.");
    await dialog.getByRole("button", { name: "Cancelar" }).click();
    await expect(dialog).toBeHidden();
    await expect(sidebar.getByRole("listitem")).toHaveCount(1);

    await openSettings(page);
    await page.getByRole("button", { name: "Atalhos de teclado" }).click();
    const shortcuts = page.getByRole("dialog", { name: "Atalhos de teclado" });
    await expect(shortcuts.getByRole("rowheader", { name: "Nova conversa" })).toBeVisible();
    await shortcuts.getByRole("button", { name: "Fechar" }).click();
    await closeSettings(page);
    await expect(shortcuts).toBeHidden();
  });
});

test("the language can be chosen by hand, and the choice outlasts a reload", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();

  await openSettings(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("Português (Brasil)");
  await expect(page.getByRole("heading", { name: "Bem-vindo ao Sigilo" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nova conversa" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");

  await page.reload();
  await openSettings(page);
  const language = page.getByRole("combobox", { name: "Idioma" });
  await expect(language).toHaveValue("pt-BR");
  await expect(page.getByRole("heading", { name: "Bem-vindo ao Sigilo" })).toBeVisible();

  await language.selectOption("English");
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New chat" })).toBeVisible();
  await page.reload();
  await openSettings(page);
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");
});
