import { writeFile } from "node:fs/promises";
import type { Page, TestInfo } from "@playwright/test";
import { openSettings } from "./settings";

export function sidebar(page: Page) {
  return page.getByRole("navigation", { name: "Conversations" });
}

/** Settings → Conversations → Export and import (left open in Settings). */
export async function openTransferMenu(page: Page): Promise<void> {
  await openSettings(page, "Conversations");
  const summary = page.getByText("Export and import", { exact: true });
  if (!(await page.getByRole("button", { name: "Import conversations…" }).isVisible())) await summary.click();
}

/** Chooses a file with "Import conversations…"; what follows (a preview or a refusal) is the test's to check. */
export async function chooseImportFile(page: Page, path: string): Promise<void> {
  await openTransferMenu(page);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import conversations…" }).click();
  await (await chooser).setFiles(path);
}

/** The preview an import shows before it changes anything. */
export function importPreview(page: Page) {
  return page.getByRole("dialog", { name: "Import conversations?" });
}

/** Chooses the file and confirms the preview. */
export async function importFile(page: Page, path: string): Promise<void> {
  await chooseImportFile(page, path);
  await importPreview(page).getByRole("button", { name: "Import", exact: true }).click();
}

/** Writes `data` as a JSON file in the test's output folder and returns its path. */
export async function jsonFile(testInfo: TestInfo, name: string, data: unknown): Promise<string> {
  const path = testInfo.outputPath(name);
  await writeFile(path, typeof data === "string" ? data : JSON.stringify(data));
  return path;
}

/** A version 1 export holding the given conversations (each with its `messages`). */
export function exportFile(conversations: unknown[]) {
  return { format: "sigilo.conversations", version: 1, exportedAt: new Date().toISOString(), conversations };
}

/**
 * Puts records straight into the app's IndexedDB, as an older version (or damage) could have left them. The app
 * must have opened its database once; reload afterwards.
 */
export async function putRawRecords(page: Page, records: { conversations: unknown[]; messages: unknown[] }) {
  await page.evaluate(async ({ conversations, messages }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(["conversations", "messages"], "readwrite");
    for (const record of conversations) tx.objectStore("conversations").put(record);
    for (const record of messages) tx.objectStore("messages").put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
