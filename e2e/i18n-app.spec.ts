import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectModelReady, openApp } from "./support/app";
import { waitForServiceWorkerControl } from "./support/pwa";
import { closeSettings, openSettings } from "./support/settings";

const PASSPHRASE = "marés ao amanhecer";

function models(page: Page) {
  return page.getByRole("region", { name: "Modelos" });
}

function composer(page: Page) {
  return page.getByRole("textbox", { name: "Mensagem" });
}

/** Downloads the preselected model and has one exchange, all through the Portuguese interface. */
async function chatOnce(page: Page, text: string): Promise<void> {
  await models(page)
    .getByRole("button", { name: /^Baixar / })
    .click();
  // The model is ready (the message box is usable earlier, while it loads: a message sent then waits).
  await expectModelReady(page, 15_000, "pronto");
  await composer(page).fill(text);
  await page.getByRole("button", { name: "Enviar" }).click();
  await expect(page.getByRole("listitem", { name: "O assistente disse" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enviar" })).toBeVisible({ timeout: 15_000 });
}

/** A newer Sigilo opening the database in another tab, as e2e/tabs.spec.ts plays it. */
async function upgradeDatabaseElsewhere(page: Page): Promise<void> {
  const other = await page.context().newPage();
  await other.goto("/favicon.svg");
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("sigilo", 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await other.close();
}

test.describe("in a Brazilian Portuguese browser", () => {
  test.use({ locale: "pt-BR" });

  test("the lock speaks Portuguese: turning it on, its checks, the lock screen and a wrong passphrase", async ({
    page,
  }) => {
    await openApp(page, { rate: 0 });
    await chatOnce(page, "echo: o código do cofre é 4417");

    await openSettings(page);
    await page.getByRole("button", { name: "Segurança" }).click();
    const security = page.getByRole("dialog", { name: "Segurança" });
    await expect(security).toContainText(
      "Se você esquecer a senha, suas conversas serão perdidas para sempre.",
    );
    await security.getByLabel("Nova senha").fill("curta");
    await security.getByRole("button", { name: "Ativar bloqueio" }).click();
    await expect(security.getByRole("alert")).toHaveText("Use uma senha de pelo menos 8 caracteres.");
    await security.getByLabel("Nova senha").fill(PASSPHRASE);
    await security.getByLabel("Repita a senha").fill(PASSPHRASE);
    await security.getByLabel("Bloquear depois de quantos minutos sem uso").fill("0");
    await security.getByRole("button", { name: "Ativar bloqueio" }).click();
    await expect(security.getByRole("alert")).toHaveText(
      "Informe o tempo sem uso em minutos inteiros, de 1 a 1440.",
    );
    await security.getByLabel("Bloquear depois de quantos minutos sem uso").fill("15");
    await security.getByRole("checkbox", { name: /não poderão ser recuperadas/ }).check();
    await security.getByRole("button", { name: "Ativar bloqueio" }).click();
    await expect(security.getByRole("status")).toHaveText(
      "O bloqueio está ativado. Suas conversas estão criptografadas.",
    );

    // Once on, the idle time can be changed, and the dialog says what it now does.
    await security.getByLabel("Bloquear depois de quantos minutos sem uso").fill("5");
    await security.getByRole("button", { name: "Salvar tempo sem uso" }).click();
    await expect(security.getByRole("status")).toHaveText(
      "Agora o Sigilo bloqueia depois de 5 minutos sem uso.",
    );
    await security.getByRole("button", { name: "Fechar" }).click();
    await closeSettings(page);

    await openSettings(page, "Segurança");
    await page.getByRole("button", { name: "Bloquear agora" }).click();
    const lockScreen = page.getByRole("main", { name: "O Sigilo está bloqueado" });
    await expect(lockScreen).toBeVisible();
    await expect(lockScreen).toContainText("Sem a senha, ninguém consegue recuperar as conversas.");
    await expect(page.getByText("4417")).toHaveCount(0);

    await lockScreen.getByRole("button", { name: "Desbloquear" }).click();
    await expect(lockScreen.getByRole("alert")).toHaveText("Digite sua senha.");
    await lockScreen.getByLabel("Senha").fill("marés ao anoitecer");
    await lockScreen.getByRole("button", { name: "Desbloquear" }).click();
    await expect(lockScreen.getByRole("alert")).toHaveText(
      "Senha incorreta. Nada foi aberto; tente de novo.",
    );
    await expect(page.getByText("4417")).toHaveCount(0);

    await lockScreen.getByLabel("Senha").fill(PASSPHRASE);
    await lockScreen.getByRole("button", { name: "Desbloquear" }).click();
    await expect(lockScreen).toHaveCount(0);
    await expect(page.getByRole("listitem", { name: "O assistente disse" }).first()).toContainText("4417");
  });

  test("the Privacy panel and Erase everything speak Portuguese, with dates and sizes written the Brazilian way", async ({
    page,
  }) => {
    await openApp(page, { rate: 0 });
    await chatOnce(page, "algo confidencial");
    await waitForServiceWorkerControl(page);

    await openSettings(page);
    await page.getByRole("button", { name: "Privacidade" }).click();
    const panel = page.getByRole("dialog", { name: "Privacidade" });
    await expect(panel).toContainText(
      "O que você escreve e as respostas do modelo nunca saem deste dispositivo.",
    );
    const table = panel.getByRole("table", { name: "Requisições de rede" });
    await expect(table.getByRole("columnheader")).toHaveText([
      "Horário",
      "Servidor",
      "Caminho",
      "Tamanho",
      "Finalidade",
    ]);
    // The log is written in batches; Refresh until the model's files are in.
    await expect(async () => {
      await panel.getByRole("button", { name: "Atualizar" }).click();
      await expect(table.getByRole("cell", { name: "arquivo do modelo" }).first()).toBeVisible({
        timeout: 1000,
      });
    }).toPass();
    await expect(table.getByRole("cell", { name: "arquivo do app" }).first()).toBeVisible();
    await expect(table.getByRole("cell", { name: "biblioteca do modelo" }).first()).toBeVisible();
    await expect(panel.getByRole("heading", { name: /^Requisições de rede \(\d+\)$/ })).toBeVisible();
    // "27 de nov., 18:43:18": the month in Portuguese.
    const firstRow = table.getByRole("row").nth(1);
    await expect(firstRow.getByRole("cell").first()).toHaveText(
      /^\d{1,2} de [a-zç]+\.?,? \d{2}:\d{2}:\d{2}$/,
    );
    // A model shard is over a megabyte: its size has a decimal comma.
    await expect(
      table
        .getByRole("row")
        .filter({ hasText: "arquivo do modelo" })
        .filter({ hasText: /\d+,\d MB/ })
        .first(),
    ).toBeVisible();

    await panel.getByRole("button", { name: "Apagar tudo…" }).click();
    const confirm = page.getByRole("dialog", { name: "Apagar tudo?" });
    await expect(confirm).toContainText("todas as conversas e suas mensagens,");
    await expect(confirm).toContainText("Não é possível desfazer.");
    await confirm.getByRole("button", { name: "Cancelar" }).click();
    await expect(confirm).toBeHidden();

    await panel.getByRole("button", { name: "Apagar tudo…" }).click();
    await confirm.getByRole("button", { name: "Apagar tudo" }).click();
    const done = page.getByRole("dialog", { name: "Tudo foi apagado" });
    const removed = done.getByRole("list", { name: "Removido" });
    await expect(removed).toContainText("1 conversa e suas mensagens");
    await expect(removed).toContainText("Suas configurações");
    await expect(removed).toContainText("Modelo baixado: Qwen2.5 0.5B Instruct (f32)");
    await expect(removed).toContainText(/Bancos de dados do navegador: .*sigilo\b/);
    await expect(done).toContainText("o Sigilo continua abrindo sem conexão");

    await done.getByRole("button", { name: "Começar do zero" }).click();
    await expect(page.getByRole("heading", { name: "Bem-vindo ao Sigilo" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Conversas" })).toContainText(
      "Nenhuma conversa ainda.",
    );
  });

  test("the app shell and a start-up problem speak Portuguese: title, offline note, install, updated in another tab", async ({
    page,
    context,
  }) => {
    await openApp(page, { rate: 0 });
    await expect(models(page)).toBeVisible();
    await expect(page).toHaveTitle("Sigilo — chat de IA privado");

    await context.setOffline(true);
    await expect(page.getByRole("status").filter({ hasText: "Sem conexão" })).toHaveText(
      "Sem conexão — os modelos e as conversas guardados continuam funcionando.",
    );
    await context.setOffline(false);

    // Headless Chromium never offers installation by itself, so the test plays the browser's part.
    await page.evaluate(() => {
      const offer = Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
        prompt: async () => undefined,
        userChoice: Promise.resolve({ outcome: "dismissed" }),
      });
      window.dispatchEvent(offer);
    });
    await expect(page.getByRole("button", { name: "Instalar app" })).toBeVisible();

    await upgradeDatabaseElsewhere(page);
    const problem = page.getByRole("alert");
    await expect(
      problem.getByRole("heading", { name: "O Sigilo foi atualizado em outra aba" }),
    ).toBeVisible();
    await expect(problem).toContainText("nada foi perdido");
    await expect(problem).toHaveAttribute("lang", "pt-BR");
    await expect(problem.getByRole("button", { name: "Recarregar" })).toBeVisible();
  });
});

test("a start-up problem keeps the language chosen by hand, not the browser's", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await openSettings(page);
  await page.getByRole("combobox", { name: "Language" }).selectOption("Português (Brasil)");
  await closeSettings(page);
  await expect(models(page)).toBeVisible();

  await upgradeDatabaseElsewhere(page);
  await expect(page.getByRole("heading", { name: "O Sigilo foi atualizado em outra aba" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Recarregar" })).toBeVisible();
});
