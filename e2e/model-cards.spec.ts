import { MODEL_CATALOG } from "../src/domain/modelCatalog";
import { modelsRegion, openApp } from "./support/app";
import { expect, test } from "./support/test";

test("every model has a card: maker, figures, licence, source, and the privacy promise", async ({ page }) => {
  await openApp(page);
  const models = modelsRegion(page);
  await expect(models.getByText(/^About \D/)).toHaveCount(MODEL_CATALOG.length);
  await models.getByText("About Llama 3.2 1B Instruct (f32)").click();
  const card = models.getByRole("group", { name: "About Llama 3.2 1B Instruct (f32)" });
  await expect(card).toContainText("FamilyLlama 3.2");
  await expect(card).toContainText("DeveloperMeta");
  await expect(card).toContainText("Parameters1B");
  await expect(card).toContainText("Quantizationq4f32_1");
  await expect(card).toContainText("Context window4K tokens");
  await expect(card.getByRole("link", { name: "Llama 3.2 Community License" })).toHaveAttribute(
    "href",
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE",
  );
  await expect(
    card.getByRole("link", { name: "https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC" }),
  ).toBeVisible();
  await expect(card).toContainText(/Download sizeAbout [\d.]+ (MB|GB)/);
  await expect(card).toContainText(/GPU memoryAbout [\d.]+ (MB|GB)/);
  await expect(card).toContainText("Your prompts and the model’s replies never leave your device");
});
