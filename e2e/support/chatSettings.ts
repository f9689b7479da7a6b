import type { Page } from "@playwright/test";
import { expect } from "./test";

/** Opens the "Chat settings" dialog of the open conversation (or of the next new chat). */
export async function openChatSettings(page: Page) {
  await page.getByRole("button", { name: "Chat settings" }).click();
  const dialog = page.getByRole("dialog", { name: "Chat settings" });
  await expect(dialog).toBeVisible();
  return dialog;
}
