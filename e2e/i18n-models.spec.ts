import type { Page } from "@playwright/test";
import { openApp } from "./support/app";
import { openSettings } from "./support/settings";
import { expect, test } from "./support/test";

// The models area in a Brazilian Portuguese browser: fit reasons, model cards, the manager with its sizes
// (decimal comma), storage and confirmations, add-a-model errors and a failed download, all in Portuguese.
test.use({ locale: "pt-BR" });

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const NAME = "Qwen2.5 0.5B Instruct (f32)";
const shardUrl = (index: number) =>
  `https://huggingface.co/mlc-ai/${MODEL}/resolve/main/params_shard_${index}.bin`;

function modelsRegion(page: Page) {
  return page.getByRole("region", { name: "Modelos" });
}

/** "4,1 MB": sizes with one decimal are written with a comma in Portuguese. */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

async function downloadModel(page: Page) {
  await modelsRegion(page)
    .getByRole("button", { name: `Baixar ${NAME}` })
    .click();
  await expect(page.getByText(`${NAME} · pronto`)).toBeVisible({ timeout: 15_000 });
}

test("the picker says in Portuguese what each model is and whether it runs here", async ({ page }) => {
  await openApp(page);
  const models = modelsRegion(page);
  // Headless Chromium's GPU is SwiftShader: software, without shader-f16.
  const browserCheck = page.getByRole("region", { name: "Verificação do navegador" });
  await expect(browserCheck).toContainText("Esta é uma GPU por software");
  await expect(browserCheck).toContainText(
    "Sem suporte a meia precisão (shader-f16): só modelos f32 podem rodar.",
  );

  const option = models.getByRole("radio", { name: NAME, exact: true });
  await expect(option).toHaveAccessibleDescription(
    /O mesmo assistente pequeno, feito para GPUs sem suporte a meia precisão\..*0\.5B parâmetros · q4f32_1 · 440 MB para baixar · 1,04 GB de memória de GPU · contexto de 4K tokens/,
  );
  await expect(option).toHaveAccessibleDescription(
    /Pode ficar lento: Este navegador está usando uma GPU por software: espere respostas lentas\./,
  );
  await expect(
    models.getByText(
      "Não roda aqui: Precisa de suporte a meia precisão (shader-f16), que esta GPU não oferece. Escolha um modelo f32.",
    ),
  ).not.toHaveCount(0);
  await expect(models.getByRole("checkbox", { name: /Quero testar modelos marcados/ })).toBeVisible();

  const card = models.getByRole("group", { name: `Sobre ${NAME}` });
  await card.getByText(`Sobre ${NAME}`).click();
  await expect(card.getByRole("definition").filter({ hasText: "Alibaba Cloud (Qwen team)" })).toBeVisible();
  await expect(card.getByRole("term").filter({ hasText: "Desenvolvedor" })).toBeVisible();
  await expect(card.getByRole("term").filter({ hasText: "Tamanho do download" })).toBeVisible();
  await expect(card).toContainText("Cerca de 440 MB");
  await expect(card).toContainText("Licença");
  await expect(card).toContainText("nunca saem do seu dispositivo");
});

test("the model manager speaks Portuguese: sizes, storage, persistence and deleting", async ({
  page,
  modelHost,
}) => {
  await openApp(page, { downloadMs: 0 });
  await downloadModel(page);

  await openSettings(page, "Modelos");
  await page.getByRole("button", { name: "Gerenciar modelos" }).click();
  const manager = page.getByRole("dialog", { name: "Gerenciador de modelos" });
  const size = megabytes(modelHost!.modelBytes(MODEL));
  const item = manager.getByRole("list", { name: "Modelos guardados" }).getByRole("listitem", { name: NAME });
  await expect(item).toContainText(`${size} · Completo · Usado pela última vez agora mesmo`);
  await expect(manager).toContainText(`1 modelo guardado, ${size} no total.`);

  const storage = manager.getByRole("region", { name: "Armazenamento" });
  await expect(storage).toContainText(
    /Este site usa [\d,]+ [KMG]?B dos [\d,]+ [KMG]?B que o navegador permite \([\d,]+ [KMG]?B livres\)\./,
  );
  await expect(storage).toContainText("O armazenamento não é persistente");
  await storage.getByRole("button", { name: "Pedir ao navegador para manter os modelos" }).click();
  await expect(storage.getByRole("status")).toContainText(/O navegador (aceitou|recusou)/);

  await item.getByRole("button", { name: `Excluir ${NAME}` }).click();
  const confirm = manager.getByRole("alertdialog", { name: `Excluir ${NAME} (${size})?` });
  await expect(confirm).toContainText("As conversas não são afetadas.");
  await confirm.getByRole("button", { name: "Manter" }).click();
  await expect(item).toBeVisible();

  await item.getByRole("button", { name: `Excluir ${NAME}` }).click();
  await confirm.getByRole("button", { name: "Excluir" }).click();
  await expect(manager).toContainText("Nenhum modelo está guardado neste navegador.");
  await expect(manager).toContainText("Os arquivos dos modelos são baixados do Hugging Face");
});

test("adding a model that cannot be used says why in Portuguese", async ({ page }) => {
  await openApp(page);
  await openSettings(page, "Modelos");
  await page.getByRole("button", { name: "Gerenciar modelos" }).click();
  const manager = page.getByRole("dialog", { name: "Gerenciador de modelos" });
  await expect(manager).toContainText("Os modelos que você adicionar por URL aparecem aqui");
  await manager.getByRole("button", { name: "Adicionar um modelo" }).click();

  const dialog = page.getByRole("dialog", { name: "Adicionar um modelo" });
  const repo = "https://huggingface.co/someone/broken-404";
  await dialog.getByRole("textbox", { name: "Nome" }).fill("Meu modelo");
  await dialog.getByRole("textbox", { name: "URL do modelo" }).fill(repo);
  await dialog
    .getByRole("textbox", { name: "URL da biblioteca do modelo" })
    .fill("https://raw.githubusercontent.com/someone/libs/main/Tiny-webgpu.wasm");
  await dialog.getByRole("button", { name: "Verificar modelo" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    `Este modelo não pode ser usado: mlc-chat-config.json não foi encontrado: ${repo}/resolve/main/mlc-chat-config.json respondeu HTTP 404.`,
  );

  await dialog
    .getByRole("textbox", { name: "URL do modelo" })
    .fill("https://models.example.org/someone/Tiny-MLC");
  await dialog.getByRole("button", { name: "Verificar modelo" }).click();
  await expect(dialog.getByRole("alert")).toContainText(
    "Esta versão do app não pode se conectar a models.example.org",
  );
  await dialog.getByRole("button", { name: "Cancelar" }).click();
  await expect(dialog).toBeHidden();
});

test("a failed download says what happened and what to do, in Portuguese", async ({ page }) => {
  // The model host has lost one weight shard: not worth retrying, so the failure shows at once.
  await page.route(shardUrl(1), (route) =>
    route.fulfill({ status: 404, headers: { "access-control-allow-origin": "*" }, body: "Not found" }),
  );
  await openApp(page, { downloadMs: 0 });
  await modelsRegion(page)
    .getByRole("button", { name: `Baixar ${NAME}` })
    .click();

  const failure = page.getByRole("alert", { name: "Download do modelo" });
  await expect(failure.getByRole("heading", { name: `O download falhou: ${NAME}` })).toBeVisible({
    timeout: 15_000,
  });
  await expect(failure).toContainText(
    "Verifique sua conexão e tente de novo: os arquivos já baixados são mantidos.",
  );
  await failure.getByText("Detalhes técnicos").click();
  await expect(failure.getByRole("code")).toHaveText("HTTP 404 para params_shard_1.bin");
  await expect(failure.getByRole("button", { name: "Tentar de novo" })).toBeVisible();

  await page.unroute(shardUrl(1));
  await failure.getByRole("button", { name: "Tentar de novo" }).click();
  await expect(page.getByText(`${NAME} · pronto`)).toBeVisible({ timeout: 15_000 });
});
