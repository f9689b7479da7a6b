import type { Page, Route } from "@playwright/test";
import { modelsRegion, openApp } from "./support/app";
import { modelManager, openModelManager } from "./support/customModels";
import { loggedRequests, openPrivacyPanel, privacyPanel } from "./support/privacy";
import { closeSettings, openSettings } from "./support/settings";
import { expect, test } from "./support/test";
import { QWEN_05B_MODEL_CONFIG } from "../src/test/mlcConfigs";

// Finding MLC fine-tunes on Hugging Face from the model manager, against a fake hub API (page routes); the
// fake model host serves the rest of each repository's files for the Add a model check.

const LEGAL = "someone/Legal-Qwen-q4f32_1-MLC";
const LEGAL_NAME = "Legal-Qwen-q4f32_1-MLC";

/** Each fake repository's mlc-chat-config.json (undefined: none, a 404). */
const CONFIGS: Record<string, object | undefined> = {
  [LEGAL]: chatConfig("qwen2", "q4f32_1", QWEN_05B_MODEL_CONFIG),
  "big/Legal-Qwen-14B-q4f32_1-MLC": chatConfig("qwen2", "q4f32_1", {
    ...QWEN_05B_MODEL_CONFIG,
    num_hidden_layers: 48,
  }),
  "odd/Legal-RWKV-q4f16_1-MLC": chatConfig("rwkv6", "q4f16_1", {}),
  "empty/Legal-Empty-MLC": undefined,
};

function chatConfig(modelType: string, quantization: string, modelConfig: object) {
  return {
    model_type: modelType,
    quantization,
    context_window_size: 4096,
    tokenizer_files: ["tokenizer.json"],
    conv_template: { name: "qwen2" },
    model_config: modelConfig,
  };
}

const CORS = { "access-control-allow-origin": "*" };

type HubAnswer = (route: Route) => Promise<void>;

const listing: HubAnswer = (route) =>
  route.fulfill({
    status: 200,
    headers: { ...CORS, "content-type": "application/json" },
    body: JSON.stringify(
      Object.keys(CONFIGS).map((id, index) => ({
        _id: String(index),
        id,
        downloads: 1200 - index,
        likes: 3,
      })),
    ),
  });

/** The fake hub: its search API answers with `answer` (the listing unless told), configs as CONFIGS says. */
async function fakeHub(page: Page, answer: () => HubAnswer = () => listing) {
  const searches: URL[] = [];
  await page.route("https://huggingface.co/api/**", async (route) => {
    searches.push(new URL(route.request().url()));
    await answer()(route);
  });
  for (const [id, config] of Object.entries(CONFIGS)) {
    await page.route(`https://huggingface.co/${id}/resolve/main/mlc-chat-config.json`, (route) =>
      config
        ? route.fulfill({ status: 200, headers: CORS, body: JSON.stringify(config) })
        : route.fulfill({ status: 404, headers: CORS, body: "Entry not found" }),
    );
  }
  return searches;
}

function searchSection(page: Page) {
  return modelManager(page).getByRole("region", { name: "Find models on Hugging Face" });
}

async function search(page: Page, words: string) {
  const section = searchSection(page);
  await section.getByRole("searchbox", { name: "Search Hugging Face" }).fill(words);
  await section.getByRole("button", { name: "Search", exact: true }).click();
}

test("finds MLC fine-tunes that run here, sends only the words typed, and adds one like a model added by URL", async ({
  page,
}) => {
  await openApp(page);
  const searches = await fakeHub(page);
  await openModelManager(page);
  const section = searchSection(page);
  await expect(section.getByRole("searchbox", { name: "Search Hugging Face" })).toHaveAccessibleDescription(
    /the words in this box — and only they — are sent to huggingface\.co\. Nothing else you write/,
  );

  // Typing sends nothing; pressing Search sends the words, with fixed filters, and nothing else.
  await section.getByRole("searchbox", { name: "Search Hugging Face" }).fill("  legal   contracts ");
  await expect(section.getByRole("button", { name: "Search", exact: true })).toBeEnabled();
  expect(searches).toEqual([]);
  await section.getByRole("button", { name: "Search", exact: true }).click();
  await expect(section.getByRole("status")).toHaveText("1 model for “legal contracts” runs here:");
  expect(searches).toHaveLength(1);
  expect(searches[0]!.origin + searches[0]!.pathname).toBe("https://huggingface.co/api/models");
  expect(Object.fromEntries(searches[0]!.searchParams)).toEqual({
    search: "legal contracts",
    filter: "mlc-llm",
    sort: "downloads",
    direction: "-1",
    limit: "20",
  });

  // Only the model a known library runs is offered; the others are listed apart, each with its reason.
  const results = section.getByRole("list", { name: "Models that run here" }).getByRole("listitem");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAccessibleName(LEGAL);
  await expect(results.first()).toContainText("by someone");
  await expect(results.first()).toContainText("1,200 downloads last month");
  await expect(results.first()).toContainText("Runs on the library of Qwen2.5 0.5B Instruct (f32) · q4f32_1");
  await expect(results.first()).toContainText("About 1.04 GB of GPU memory with a 4K tokens context");
  await section.getByText("3 other MLC models found cannot run here").click();
  const unusable = section.getByRole("list", { name: "3 other MLC models found cannot run here" });
  await expect(unusable.getByRole("listitem")).toHaveText([
    /Legal-Qwen-14B-q4f32_1-MLC.*differs from every qwen2 q4f32_1 library/,
    /Legal-RWKV-q4f16_1-MLC.*no library for its architecture \(rwkv6\)/,
    /Legal-Empty-MLC.*has no mlc-chat-config\.json/,
  ]);

  // "Add" opens the Add a model dialog filled in, checked at once, and adds the model as adding by URL does.
  await results
    .first()
    .getByRole("button", { name: `Add ${LEGAL}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Add a model" });
  await expect(dialog.getByRole("textbox", { name: "Model URL" })).toHaveValue(
    `https://huggingface.co/${LEGAL}`,
  );
  await expect(dialog.getByRole("textbox", { name: "Model library URL" })).toHaveValue(
    /\/v0_2_86\/base\/Qwen2-0\.5B-Instruct-q4f32_1_cs1k-webgpu\.wasm$/,
  );
  const found = dialog.getByRole("region", { name: "What was found" });
  await expect(found).toContainText("Model typeqwen2");
  await found.getByRole("button", { name: `Add ${LEGAL_NAME}` }).click();
  await expect(dialog).toHaveCount(0);
  await expect(modelManager(page).getByRole("list", { name: "Your models" })).toContainText(LEGAL_NAME);
  await modelManager(page).getByRole("button", { name: "Close" }).click();
  await closeSettings(page);
  await expect(modelsRegion(page).getByRole("radio", { name: LEGAL_NAME, exact: true })).toBeChecked();

  // Its card knows the memory each context window needs (its library's architecture is known).
  await modelsRegion(page).getByText(`About ${LEGAL_NAME}`).click();
  const card = modelsRegion(page).getByRole("group", { name: `About ${LEGAL_NAME}` });
  await expect(
    card.getByRole("list", { name: "GPU memory by context window" }).getByRole("listitem"),
  ).toHaveText([
    /^1K tokens: at least [\d.]+ MB$/,
    /^2K tokens: at least [\d.]+ MB$/,
    /^4K tokens: at least [\d.]+ MB$/,
  ]);

  // The Privacy panel lists the search under its own purpose, and says what it carried.
  await openPrivacyPanel(page);
  const logged = await loggedRequests(page);
  expect(logged.filter((request) => request.purpose === "model search")).toEqual([
    {
      url: expect.stringMatching(
        /^huggingface\.co\/api\/models\?search=legal\+contracts&/,
      ) as unknown as string,
      purpose: "model search",
      redirect: "",
    },
  ]);
  await expect(privacyPanel(page)).toContainText(
    "0 carried your conversations or documents; 1 search sent the words you typed in the model search box, and nothing else.",
  );
});

test("offline, rate limits, server errors and answers that are not a list each get a clear message", async ({
  page,
  context,
}) => {
  await openApp(page);
  const answers: HubAnswer[] = [
    // The browser hides Retry-After from the page unless the host exposes it: the message then does without.
    (route) => route.fulfill({ status: 429, headers: { ...CORS, "retry-after": "30" }, body: "Too many" }),
    (route) => route.fulfill({ status: 503, headers: CORS, body: "Unavailable" }),
    (route) =>
      route.fulfill({ status: 200, headers: CORS, body: "<!doctype html><title>Hugging Face</title>" }),
    (route) =>
      route.fulfill({ status: 200, headers: CORS, body: JSON.stringify({ error: "Invalid filter" }) }),
    (route) => route.fulfill({ status: 200, headers: CORS, body: "[]" }),
  ];
  const searches = await fakeHub(page, () => answers.shift() ?? listing);
  await openModelManager(page);
  const problem = searchSection(page).getByRole("alert");

  await search(page, "legal");
  await expect(problem).toHaveText(
    "Hugging Face is receiving too many searches from here. Wait a minute and try again.",
  );
  await search(page, "legal");
  await expect(problem).toHaveText("Hugging Face could not search right now (HTTP 503). Try again later.");
  await search(page, "legal");
  await expect(problem).toHaveText(
    "Hugging Face sent an answer Sigilo cannot read as a list of models. Try again later.",
  );
  await search(page, "legal");
  await expect(problem).toHaveText(
    "Hugging Face sent an answer Sigilo cannot read as a list of models. Try again later.",
  );
  await search(page, "nothing like this");
  await expect(searchSection(page).getByRole("status")).toHaveText(
    "Hugging Face lists no MLC models for “nothing like this”. Try other words.",
  );
  expect(searches).toHaveLength(5);

  // Offline, nothing is sent at all.
  await context.setOffline(true);
  await search(page, "legal");
  await expect(problem).toHaveText("You are offline. Nothing was sent; search again once you are connected.");
  expect(searches).toHaveLength(5);
  await context.setOffline(false);

  // And the box still works afterwards.
  await search(page, "legal");
  await expect(searchSection(page).getByRole("list", { name: "Models that run here" })).toContainText(
    LEGAL_NAME,
  );
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the search says what it sends, and model cards the memory per context window", async ({ page }) => {
    await openApp(page);
    const card = page.getByRole("region", { name: "Modelos" }).getByRole("group", {
      name: "Sobre Llama 3.2 1B Instruct",
    });
    await page
      .getByRole("region", { name: "Modelos" })
      .getByText("Sobre Llama 3.2 1B Instruct", { exact: true })
      .click();
    // web-llm's vram_required_MB for this model at 4K is 879 MB; a 1K window saves 96 MB of cache.
    await expect(
      card.getByRole("list", { name: "Memória de GPU por janela de contexto" }).getByRole("listitem"),
    ).toHaveText(["1K tokens: cerca de 783 MB", "2K tokens: cerca de 815 MB", "4K tokens: cerca de 879 MB"]);

    await fakeHub(page);
    await openSettings(page, "Modelos");
    await page.getByRole("button", { name: "Gerenciar modelos" }).click();
    const section = page.getByRole("region", { name: "Encontrar modelos no Hugging Face" });
    await expect(
      section.getByRole("searchbox", { name: "Buscar no Hugging Face" }),
    ).toHaveAccessibleDescription(/as palavras desta caixa — e só elas — são enviadas a huggingface\.co/);
    await section.getByRole("searchbox", { name: "Buscar no Hugging Face" }).fill("jurídico");
    await section.getByRole("button", { name: "Buscar", exact: true }).click();
    await expect(section.getByRole("status")).toHaveText("1 modelo para “jurídico” roda aqui:");
    await expect(section.getByRole("button", { name: `Adicionar ${LEGAL}` })).toBeVisible();
  });
});
