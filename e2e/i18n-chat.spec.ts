import { readFile, writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expectModelReady, openApp } from "./support/app";
import { expect, test } from "./support/test";
import { closeSettings, openSettings } from "./support/settings";

/* A user whose browser speaks Brazilian Portuguese: chat settings, import/export and replies speak it too. */
test.use({ locale: "pt-BR" });

const composer = (page: Page) => page.getByRole("textbox", { name: "Mensagem" });
const replies = (page: Page) => page.getByRole("listitem", { name: "O assistente disse" });
const sidebar = (page: Page) => page.getByRole("navigation", { name: "Conversas" });

async function startChatting(page: Page) {
  await openApp(page, { rate: 0 });
  await page
    .getByRole("region", { name: "Modelos" })
    .getByRole("button", { name: /^Baixar / })
    .click();
  // The model is ready (the message box is usable earlier, while it loads: a message sent then waits).
  await expectModelReady(page, 15_000, "pronto");
}

async function send(page: Page, text: string) {
  await composer(page).fill(text);
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(page.getByRole("button", { name: "Enviar" })).toBeVisible({ timeout: 15_000 });
}

async function openChatSettings(page: Page) {
  await page.getByRole("button", { name: "Configurações da conversa" }).click();
  const dialog = page.getByRole("dialog", { name: "Configurações da conversa" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("chat settings: Portuguese presets reach the model, and out-of-range values are refused in Portuguese", async ({
  page,
}) => {
  await startChatting(page);
  await expect(page.getByText("Sem prompt de sistema · configurações de geração padrão")).toBeVisible();

  let settings = await openChatSettings(page);
  await settings.getByRole("combobox", { name: "Predefinição" }).selectOption({ label: "Conciso" });
  await expect(settings.getByRole("textbox", { name: "Instruções para o modelo" })).toHaveValue(
    /^Responda de forma breve e direta\./,
  );
  const temperature = settings.getByRole("textbox", { name: "Temperatura" });
  const topP = settings.getByRole("textbox", { name: "Top-p" });
  // Decimals are written the Portuguese way, and read back that way.
  await expect(temperature).toHaveValue("0,7");
  await expect(settings.getByText("Acima de 0, até 1.", { exact: false })).toBeVisible();
  await temperature.fill("3");
  await topP.fill("0");
  await settings.getByRole("button", { name: "Salvar", exact: true }).click();
  await expect(settings.getByRole("alert")).toHaveText(
    "Algumas configurações estão fora do intervalo permitido; nada foi salvo.",
  );
  await expect(settings.getByText("Temperatura deve ser entre 0 e 2.")).toBeVisible();
  await expect(settings.getByText("Top-p deve ser maior que 0 e no máximo 1.")).toBeVisible();
  await expect(temperature).toBeFocused();

  await temperature.fill("1,5");
  await topP.fill("0,8");
  await settings.getByRole("button", { name: "Salvar", exact: true }).click();
  await expect(settings).toBeHidden();
  await expect(
    page.getByText("Prompt de sistema: Conciso · configurações de geração personalizadas"),
  ).toBeVisible();

  await send(page, "echo-request: o que você recebeu?");
  await expect(replies(page).first()).toContainText(
    '{"role":"system","content":"Responda de forma breve e direta.',
  );
  await expect(replies(page).first()).toContainText('"temperature":1.5,"topP":0.8');

  // A built-in preset's name is taken, in the interface's language.
  settings = await openChatSettings(page);
  await settings.getByRole("button", { name: "Salvar como nova predefinição" }).click();
  await settings.getByRole("textbox", { name: "Nome da predefinição" }).fill("conciso");
  await settings.getByRole("button", { name: "Salvar predefinição" }).click();
  await expect(settings.getByRole("alert")).toHaveText("Já existe uma predefinição chamada “conciso”.");
  await settings.getByRole("button", { name: "Cancelar" }).last().click();

  // The conversation keeps its Portuguese prompt; in English it is still recognised as the built-in preset.
  await openSettings(page);
  await page.getByRole("combobox", { name: "Idioma" }).selectOption("English");
  await closeSettings(page);
  await expect(page.getByText("System prompt: Concise · custom generation settings")).toBeVisible();
});

test("export, then a malformed file is refused in Portuguese and nothing changes", async ({
  page,
}, testInfo) => {
  await startChatting(page);
  await send(page, "echo: sobre as marés");
  await openSettings(page);
  await page.getByText("Exportar e importar", { exact: true }).click();

  const download = page.waitForEvent("download");
  await page.getByRole("complementary").getByRole("button", { name: "Exportar conversas" }).click();
  const exported = await readFile((await (await download).path())!, "utf8");
  const markdownDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Exportar esta conversa em Markdown" }).click();
  const markdown = await readFile((await (await markdownDownload).path())!, "utf8");
  expect(markdown).toContain("## Você\n\necho: sobre as marés");

  const importFile = async (name: string, text: string) => {
    const path = testInfo.outputPath(name);
    await writeFile(path, text);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Importar conversas…" }).click();
    await (await chooser).setFiles(path);
  };

  await importFile("danificado.json", exported.replace('"role": "assistant"', '"role": "robot"'));
  const alert = page.getByRole("alert");
  await expect(alert).toHaveText(
    "A importação falhou: A mensagem 2 da conversa 1 (“echo: sobre as marés”) está danificada: seu “role” falta ou está errado (esperado: “system”, “user” ou “assistant”). Nada foi alterado.",
  );
  await importFile("cortado.json", exported.slice(0, exported.length / 2));
  await expect(alert).toContainText("parece estar incompleto");
  await importFile("notas.json", "minhas anotações");
  await expect(alert).toContainText("não é um JSON válido");
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["echo: sobre as marés"]);

  await importFile("conversas.json", exported);
  await expect(page.getByRole("status").filter({ hasText: "Nada a importar" })).toHaveText(
    "Nada a importar: tudo neste arquivo já está aqui (1 conversa, 2 mensagens).",
  );
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(1);

  // The same conversation under new ids: a new one, shown before anything changes.
  const copy = exported.replace(/"(id|conversationId|parentId|activeLeafId)": "([^"]+)"/g, '"$1": "copy-$2"');
  await importFile("copia.json", copy.replace('"title": "echo: sobre as marés"', '"title": "Cópia"'));
  const preview = page.getByRole("dialog", { name: "Importar conversas?" });
  await expect(preview.getByRole("region", { name: "1 conversa nova:" })).toHaveText(
    /“Cópia” \(2 mensagens\)/,
  );
  await preview.getByRole("button", { name: "Importar", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "importada" })).toHaveText("1 conversa importada.");
  await expect(sidebar(page).getByRole("listitem")).toHaveCount(2);
});

test("a reply's code block and a refused message speak Portuguese", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await startChatting(page);
  await send(page, "echo: ```ts\nconst resposta = 42;\n```\n\n![gráfico](http://evil.example/x.png)");
  const reply = replies(page).first();
  await expect(reply.getByText("ts", { exact: true })).toHaveAttribute("title", "Linguagem: ts");
  await expect(reply).toContainText("Imagem não carregada: gráfico");
  await reply.getByRole("button", { name: "Copiar código" }).click();
  await expect(reply.getByRole("status").filter({ hasText: "Copiado" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("const resposta = 42;");

  // Far more than the model can read: nothing is sent, and the reason is given in Portuguese.
  await send(page, "palavra ".repeat(5000));
  await expect(replies(page).nth(1)).toContainText(
    /A resposta falhou: Esta mensagem é longa demais para o modelo: ela precisa de cerca de [\d.]+ tokens/,
  );
});
