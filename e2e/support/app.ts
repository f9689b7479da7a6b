import type { Locator, Page } from "@playwright/test";
import { appUrl, expect, type FixtureParams } from "./test";

/** What a user does again and again, through roles and accessible names only. */
export async function openApp(page: Page, params: FixtureParams = {}): Promise<void> {
  await page.goto(appUrl({ downloadMs: 300, ...params }));
}

export function modelsRegion(page: Page) {
  return page.getByRole("region", { name: "Models" });
}

export function composer(page: Page) {
  return page.getByRole("textbox", { name: "Message" });
}

/**
 * Waits until the model is loaded ("<model> · ready" beside Change model). The composer is usable before:
 * while a model loads, a message sent waits for it.
 */
export async function expectModelReady(page: Page, timeout = 15_000, readyWord = "ready"): Promise<void> {
  await expect(page.getByText(new RegExp(` · ${readyWord}$`))).toBeVisible({ timeout });
}

/** Downloads the preselected model from the picker and waits until it is ready. */
export async function downloadPreselectedModel(page: Page): Promise<void> {
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  await expectModelReady(page);
}

/** The same, with the interface in Portuguese. */
export async function downloadPreselectedModelInPortuguese(page: Page): Promise<void> {
  await page
    .getByRole("region", { name: "Modelos" })
    .getByRole("button", { name: /^Baixar / })
    .click();
  await expectModelReady(page, 15_000, "pronto");
}

/** Starts downloading the preselected model, waits for the failure titled `title`, and opens its details. */
export async function failedDownload(page: Page, title: string): Promise<Locator> {
  await modelsRegion(page)
    .getByRole("button", { name: /^Download / })
    .click();
  const failure = page.getByRole("alert", { name: "Model download" });
  // As long as a download may take (see downloadPreselectedModel): the failure can come at its end.
  await expect(failure).toContainText(title, { timeout: 15_000 });
  await failure.getByText("Technical details").click();
  return failure;
}

export async function sendMessage(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press("Enter");
}

/** The list of messages of the open conversation. */
export function messages(page: Page) {
  return page.getByRole("list", { name: "Messages" }).getByRole("listitem");
}

export function userMessages(page: Page) {
  return page.getByRole("listitem", { name: "You said" });
}

export function assistantMessages(page: Page) {
  return page.getByRole("listitem", { name: "Assistant said" });
}

/** Waits for the current reply to finish (the Stop button gives way to Send). */
export async function waitForReply(page: Page, timeout = 15_000): Promise<void> {
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible({ timeout });
}

/**
 * Pastes `text` at the end of `box` as a user does (the clipboard, then Ctrl/Cmd+V). The test must grant
 * "clipboard-read" and "clipboard-write".
 */
export async function pasteText(page: Page, box: Locator, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await box.focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ControlOrMeta+V");
}
