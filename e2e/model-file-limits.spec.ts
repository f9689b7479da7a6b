import type { BrowserContext, Page } from "@playwright/test";
import { formatBytes } from "../src/lib/format";
import { failedDownload, modelsRegion, openApp } from "./support/app";
import { modelManager, TINY_LLAMA, openModelManager } from "./support/customModels";
import { SHARD_COUNT } from "./support/fakeModelHost";
import { expect, test } from "./support/test";
import { closeSettings } from "./support/settings";

/**
 * What a model host makes the app read is bounded, and the add-a-model check, the download and the
 * import agree on the rules and on the size (issues 10 and 11). A host serving a 200 MB config with no
 * Content-Length needs a real streaming server: see model-file-limits.mirror.spec.ts.
 */

function addDialog(page: Page) {
  return page.getByRole("dialog", { name: "Add a model" });
}

async function checkModel(page: Page, model = TINY_LLAMA) {
  await openModelManager(page);
  await modelManager(page).getByRole("button", { name: "Add a model" }).click();
  const dialog = addDialog(page);
  await dialog.getByRole("textbox", { name: "Name" }).fill(model.name);
  await dialog.getByRole("textbox", { name: "Model URL" }).fill(model.modelUrl);
  await dialog.getByRole("textbox", { name: "Model library URL" }).fill(model.libraryUrl);
  await dialog.getByRole("button", { name: "Check model" }).click();
}

/** A tensor-cache.json listing 100,000 weight shards (about 4 MB of JSON). */
function manyShards(): string {
  const records = Array.from({ length: 100_000 }, (_, index) => ({ dataPath: `s${index}.bin`, nbytes: 32 }));
  return JSON.stringify({ metadata: {}, records });
}

/** Serving and parsing a few MB of manifest takes seconds on a loaded machine. */
const MANIFEST_READ = { timeout: 30_000 };

/** Serves `body` at `url` for every request, in place of the fake model host (later routes win). */
async function serve(
  context: BrowserContext,
  url: string,
  body: string,
  headers: Record<string, string> = {},
) {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, headers: { "access-control-allow-origin": "*", ...headers }, body }),
  );
}

test("the add-a-model check and the download show the same total size", async ({ page, modelHost }) => {
  await openApp(page, { downloadMs: 4000 });
  await checkModel(page);
  // Every file the download fetches: config, tensor-cache.json, tokenizer, library and the shards.
  const size = formatBytes(modelHost!.modelBytes("Tiny-Llama-q4f32_1-MLC"));
  const found = addDialog(page).getByRole("region", { name: "What was found" });
  await expect(found).toContainText(
    `Total size${size} in ${SHARD_COUNT + 4} files (${SHARD_COUNT} weight shards)`,
  );
  await found.getByRole("button", { name: `Add ${TINY_LLAMA.name}` }).click();
  await modelManager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);

  await modelsRegion(page)
    .getByRole("button", { name: `Download ${TINY_LLAMA.name}` })
    .click();
  const progress = page.getByRole("region", { name: "Model download" });
  await expect(progress).toContainText(new RegExp(`\\d+% · [\\d.]+ (KB|MB) of ${size.replace(".", "\\.")}`));
  await expect(page.getByText(`${TINY_LLAMA.name} · ready`)).toBeVisible({ timeout: 15_000 });
});

test("a manifest listing 100,000 shards is refused by the add-a-model check, with nothing saved", async ({
  page,
  context,
  modelHost,
}) => {
  const model = {
    ...TINY_LLAMA,
    name: "Many shards",
    modelUrl: "https://huggingface.co/someone/Many-Shards-MLC",
  };
  await serve(context, `${model.modelUrl}/resolve/main/tensor-cache.json`, manyShards());
  await openApp(page);
  await checkModel(page, model);
  await expect(addDialog(page).getByRole("alert")).toHaveText(
    "This model cannot be used: tensor-cache.json lists 100,000 weight shards; Sigilo reads at most 4,096.",
    MANIFEST_READ,
  );
  expect(modelHost!.requests.some((url) => url.endsWith(".bin"))).toBe(false);
  await addDialog(page).getByRole("button", { name: "Cancel" }).click();
  await expect(modelManager(page)).toContainText("Models you add by URL appear here");
});

test("a manifest listing 100,000 shards stops a download before any weight is fetched", async ({
  page,
  context,
  modelHost,
}) => {
  const model = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
  await serve(context, `https://huggingface.co/mlc-ai/${model}/resolve/main/tensor-cache.json`, manyShards());
  await openApp(page);
  const failure = await failedDownload(page, "The model's files cannot be used");
  await expect(failure).toContainText("Retrying will not help");
  await expect(failure).toContainText(
    "tensor-cache.json lists 100,000 weight shards; Sigilo reads at most 4,096.",
  );
  expect(modelHost!.requests.some((url) => url.endsWith(".bin"))).toBe(false);
});

test("a config announced as 200 MB is refused without being read", async ({ page, context }) => {
  const model = {
    ...TINY_LLAMA,
    name: "Huge config",
    modelUrl: "https://huggingface.co/someone/Huge-Config-MLC",
  };
  // The body is small: only a Content-Length of 200 MB could make the app refuse it.
  await serve(context, `${model.modelUrl}/resolve/main/mlc-chat-config.json`, "{}", {
    "content-length": String(200 * 1024 * 1024),
  });
  await openApp(page);
  await checkModel(page, model);
  await expect(addDialog(page).getByRole("alert")).toHaveText(
    "This model cannot be used: mlc-chat-config.json is 200 MB, more than 1.0 MB, the most Sigilo reads of this file.",
  );
});
