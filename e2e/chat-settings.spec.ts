import {
  assistantMessages,
  downloadPreselectedModel,
  openApp,
  sendMessage,
  waitForReply,
} from "./support/app";
import { openChatSettings } from "./support/chatSettings";
import { expect, test } from "./support/test";

test("a built-in system prompt preset is sent first with every request", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  await expect(page.getByText("No system prompt")).toBeVisible();

  // Set before the first message: the new conversation starts with it.
  const settings = await openChatSettings(page);
  await settings.getByRole("combobox", { name: "Preset" }).selectOption({ label: "Concise" });
  await expect(settings.getByRole("textbox", { name: "Instructions for the model" })).toHaveValue(
    /^Answer briefly and directly/,
  );
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("System prompt: Concise")).toBeVisible();

  await sendMessage(page, "echo-request: what did you receive?");
  await waitForReply(page);
  await expect(assistantMessages(page).first()).toContainText(
    '{"role":"system","content":"Answer briefly and directly.',
  );
  await sendMessage(page, "echo-request: and now?");
  await waitForReply(page);
  await expect(assistantMessages(page).nth(1)).toContainText('"messages":[{"role":"system"');

  // A new chat starts without it; the first one keeps it after a reload.
  await page.getByRole("button", { name: "New chat" }).click();
  await expect(page.getByText("No system prompt")).toBeVisible();
  await page.reload();
  await expect(page.getByText("System prompt: Concise")).toBeVisible();
});

test("your own presets are saved, applied, updated and deleted", async ({ page }) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  let settings = await openChatSettings(page);
  const prompt = settings.getByRole("textbox", { name: "Instructions for the model" });
  await prompt.fill("Answer like a ship's captain.");
  await settings.getByRole("button", { name: "Save as new preset" }).click();
  await settings.getByRole("textbox", { name: "Preset name" }).fill("concise");
  await settings.getByRole("button", { name: "Save preset" }).click();
  await expect(settings.getByRole("alert")).toHaveText("A preset named “concise” already exists.");
  await settings.getByRole("textbox", { name: "Preset name" }).fill("Captain");
  await settings.getByRole("button", { name: "Save preset" }).click();
  await expect(settings.getByRole("option", { name: "Captain (yours)" })).toBeAttached();
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("System prompt: Captain")).toBeVisible();

  await sendMessage(page, "echo-request: who are you?");
  await waitForReply(page);
  await expect(assistantMessages(page).first()).toContainText("Answer like a ship's captain.");

  // Presets are kept across reloads; one's text can be changed, and it can be deleted.
  await page.reload();
  settings = await openChatSettings(page);
  const preset = settings.getByRole("combobox", { name: "Preset" });
  await expect(preset).toHaveValue(/.+/);
  await prompt.fill("Answer like a lighthouse keeper.");
  await settings.getByRole("button", { name: "Update preset" }).click();
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("System prompt: Captain")).toBeVisible();

  settings = await openChatSettings(page);
  await settings.getByRole("button", { name: "Delete preset" }).click();
  await expect(settings.getByRole("option", { name: "Captain (yours)" })).toHaveCount(0);
  await settings.getByRole("button", { name: "Cancel" }).click();
  // The conversation keeps the text it was given; only the preset is gone.
  await expect(page.getByText("System prompt: custom")).toBeVisible();
});

test("out-of-range settings are refused with a message, and valid ones reach the engine", async ({
  page,
}) => {
  await openApp(page, { rate: 0 });
  await downloadPreselectedModel(page);
  const settings = await openChatSettings(page);
  const temperature = settings.getByRole("textbox", { name: "Temperature" });
  const topP = settings.getByRole("textbox", { name: "Top-p" });
  const maxTokens = settings.getByRole("textbox", { name: "Max reply tokens" });
  await temperature.fill("3");
  await topP.fill("0");
  await maxTokens.fill("12.5");
  await settings.getByRole("button", { name: "Save", exact: true }).click();

  await expect(settings).toBeVisible();
  await expect(settings.getByRole("alert")).toHaveText("Some settings are out of range; nothing was saved.");
  await expect(settings.getByText("Temperature must be between 0 and 2.")).toBeVisible();
  await expect(settings.getByText("Top-p must be greater than 0 and at most 1.")).toBeVisible();
  await expect(
    settings.getByText("Max reply tokens must be a whole number between 1 and 4096."),
  ).toBeVisible();
  await expect(temperature).toHaveAttribute("aria-invalid", "true");
  await expect(temperature).toBeFocused();

  await temperature.fill("1.5");
  await topP.fill("0.8");
  await maxTokens.fill("300");
  await settings.getByRole("textbox", { name: "Presence penalty" }).fill("0.5");
  await settings.getByRole("textbox", { name: "Frequency penalty" }).fill("-0.5");
  await settings.getByRole("button", { name: "Save", exact: true }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByText(/custom generation settings/)).toBeVisible();

  await sendMessage(page, "echo-request: settings?");
  await waitForReply(page);
  await expect(assistantMessages(page).first()).toContainText(
    '"temperature":1.5,"topP":0.8,"maxTokens":300,"presencePenalty":0.5,"frequencyPenalty":-0.5',
  );

  const again = await openChatSettings(page);
  await expect(again.getByRole("textbox", { name: "Temperature" })).toHaveValue("1.5");
  await again.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(again.getByRole("textbox", { name: "Temperature" })).toHaveValue("0.7");
  await expect(again.getByRole("textbox", { name: "Max reply tokens" })).toHaveValue("1024");
  await again.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/default generation settings/)).toBeVisible();
});
