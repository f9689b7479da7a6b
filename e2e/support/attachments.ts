import type { Page } from "@playwright/test";

/** A file as a test hands it to the browser's file chooser. */
export interface FileToAttach {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Attaches files the way a user does: Attach files, then the browser's file chooser. */
export async function attachFiles(page: Page, files: FileToAttach[]): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Attach files" }).click();
  await (await chooser).setFiles(files);
}

/** The open chat's attached documents, one list item each. */
export function attachedDocuments(page: Page) {
  return page.getByRole("list", { name: "Attached documents" }).getByRole("listitem");
}
