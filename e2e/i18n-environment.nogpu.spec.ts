import { openApp } from "./support/app";
import { expect, test } from "./support/test";

// This project launches Chromium without --enable-unsafe-webgpu: the browser has no GPU adapter at all.
test.use({ locale: "pt-BR" });

test("without WebGPU the explanation and the browsers that work are in Portuguese", async ({ page }) => {
  await openApp(page);
  const notice = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "O WebGPU não está disponível" }) });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    "Este navegador suporta WebGPU, mas não deu ao Sigilo acesso a uma placa de vídeo.",
  );
  await expect(notice).toContainText("Suas conversas guardadas continuam aqui para ler e exportar.");
  await expect(notice.getByRole("heading", { name: "Navegadores que funcionam" })).toBeVisible();
  await expect(notice.getByRole("listitem").filter({ hasText: "No Linux" })).toHaveText(
    "No Linux, Chrome ou Chromium com o WebGPU ativado: abra chrome://flags/#enable-unsafe-webgpu, mude para Enabled e reinicie o navegador.",
  );
  await expect(notice).toContainText("verifique se a aceleração de hardware está ativada");
  await expect(page.getByRole("region", { name: "Modelos" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Nova conversa" })).toBeVisible();
});
