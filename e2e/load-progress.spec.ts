import type { Page } from "@playwright/test";
import { expectModelReady, modelsRegion, openApp } from "./support/app";
import { loadPanelStates, percentOf, recordLoadPanel } from "./support/loadPanelLog";
import { appUrl, expect, test } from "./support/test";

// The fixture engine replays the progress reports web-llm 0.2.86 sends while it loads a cached model
// (src/workers/fixture/webLlmReports.ts), through the same mapping as the real worker.

const NAME = "Qwen2.5 0.5B Instruct (f32)";

function loadPanel(page: Page) {
  return page.getByRole("region", { name: "Model download" });
}

async function downloadQwen(page: Page) {
  await modelsRegion(page)
    .getByRole("button", { name: `Download ${NAME}` })
    .click();
}

test("a stored model goes straight to GPU memory: never 'Downloading', never 'Cancel download'", async ({
  page,
}) => {
  await openApp(page, { downloadMs: 0, gpuMs: 0 });
  await downloadQwen(page);
  await expectModelReady(page);

  await recordLoadPanel(page);
  // Start-up loads the stored model by itself; web-llm's "Start to fetch params" at 0% comes with it.
  await page.goto(appUrl({ downloadMs: 0, gpuMs: 3000 }));
  await expectModelReady(page);

  const states = await loadPanelStates(page);
  expect(states[0]?.heading).toBe(`Loading ${NAME} into GPU memory`);
  expect(states.map((state) => state.heading)).toContain(`Preparing GPU programs for ${NAME}`);
  for (const state of states) {
    expect(state.heading).not.toMatch(/Downloading/);
    expect(state.figures).not.toMatch(/Starting|MB of/);
    expect(state.buttons).toEqual(["Stop loading"]);
  }
});

test("after a download the bar goes on to the GPU steps, never back to 'Downloading 0%'", async ({
  page,
}) => {
  await recordLoadPanel(page);
  await openApp(page, { downloadMs: 1500, gpuMs: 2000 });
  await downloadQwen(page);
  await expectModelReady(page);

  const states = await loadPanelStates(page);
  const downloading = states.filter((state) => state.heading === `Downloading ${NAME}`);
  const firstGpu = states.findIndex((state) => state.heading !== `Downloading ${NAME}`);
  expect(firstGpu).toBeGreaterThan(0);
  // Downloading only at first, its percent never going back, and its end at 100% of the bytes.
  expect(states.slice(firstGpu).every((state) => state.heading !== `Downloading ${NAME}`)).toBe(true);
  const percents = downloading.map(percentOf).filter((percent) => !Number.isNaN(percent));
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(downloading.at(-1)?.figures).toMatch(/^100% · ([\d.]+ MB) of \1/);
  expect(downloading.every((state) => state.buttons.join() === "Cancel download")).toBe(true);
  // Then GPU memory from 0%, then the GPU programs, with Stop loading only.
  expect(states[firstGpu]).toEqual({
    heading: `Loading ${NAME} into GPU memory`,
    figures: "0%",
    buttons: ["Stop loading"],
  });
  const gpu = states.slice(firstGpu);
  const programs = gpu.findIndex((state) => state.heading === `Preparing GPU programs for ${NAME}`);
  expect(programs).toBeGreaterThan(0);
  expect(gpu.slice(programs).every((state) => state.heading === `Preparing GPU programs for ${NAME}`)).toBe(
    true,
  );
  expect(gpu.every((state) => state.buttons.join() === "Stop loading")).toBe(true);
});

test("preparing GPU programs is its own step, with the time it has taken", async ({ page }) => {
  await openApp(page, { downloadMs: 0, gpuMs: 8000 });
  await downloadQwen(page);
  await expect(
    loadPanel(page).getByRole("heading", { name: `Preparing GPU programs for ${NAME}` }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(loadPanel(page)).toContainText("compiled for this GPU");
  // Its own bar from 0, and the seconds counting while it lasts.
  await expect(loadPanel(page).getByText(/^\d+% · [1-9]\d* s elapsed$/)).toBeVisible();
  await expectModelReady(page, 20_000);
});

test("Stop loading on the GPU stops it and leaves the model stored; loading it again works", async ({
  page,
}) => {
  // A worker starts from a blob: that imports its script, so each engine worker started asks for that script.
  const engineWorkers: string[] = [];
  page.on("request", (request) => {
    if (!request.serviceWorker() && request.url().includes("fixtureEngine.worker")) {
      engineWorkers.push(request.url());
    }
  });
  await openApp(page, { downloadMs: 0, gpuMs: 6000 });
  await downloadQwen(page);
  // Either GPU step: the weights, or the GPU programs after them.
  await expect(loadPanel(page).getByRole("button", { name: "Stop loading" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(loadPanel(page).getByRole("button", { name: "Cancel download" })).toHaveCount(0);
  await loadPanel(page).getByRole("button", { name: "Stop loading" }).click();

  await expect(loadPanel(page)).toBeHidden();
  // Nothing was downloading, so there is no cancelled download to explain; the model is stored.
  await expect(modelsRegion(page).getByRole("status").filter({ hasText: "was cancelled" })).toHaveCount(0);
  await modelsRegion(page)
    .getByRole("button", { name: `Load ${NAME}` })
    .click();
  await expectModelReady(page, 20_000);
  await expect(page.getByText(`${NAME} · ready`)).toBeVisible();
  // web-llm cannot stop a GPU load, so the engine that was loading was ended and a fresh one loaded it.
  expect(engineWorkers).toHaveLength(2);
});

test("a GPU load that stops responding is ended after its limit, explained, and can be retried", async ({
  page,
}) => {
  // The first engine worker never gets past web-llm's first report; the page's limit is 1.5 s here.
  await openApp(page, { downloadMs: 0, fail: "gpu-hang", failCount: 1, engineTimeoutMs: 1500 });
  await downloadQwen(page);
  const failure = page.getByRole("alert").filter({ hasText: `The engine stopped responding: ${NAME}` });
  await expect(failure).toBeVisible({ timeout: 15_000 });
  await expect(failure).toContainText("Sigilo stopped the engine to free your GPU");
  await failure.getByText("Technical details").click();
  await expect(failure).toContainText(/No progress for \d+ s while loading the model into GPU memory\./);
  await failure.getByRole("button", { name: "Retry" }).click();
  await expectModelReady(page);
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the GPU steps and their time are in Portuguese", async ({ page }) => {
    await openApp(page, { downloadMs: 0, gpuMs: 8000 });
    await page
      .getByRole("region", { name: "Modelos" })
      .getByRole("button", { name: `Baixar ${NAME}` })
      .click();
    const panel = page.getByRole("region", { name: "Download do modelo" });
    await expect(
      panel.getByRole("heading", { name: `Preparando os programas de GPU de ${NAME}` }),
    ).toBeVisible({ timeout: 15_000 });
    await expect(panel.getByText(/^\d+% · [1-9]\d* s decorridos$/)).toBeVisible();
    await expect(panel.getByRole("button", { name: "Parar o carregamento" })).toBeVisible();
  });
});
