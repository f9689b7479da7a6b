import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { messages, openApp } from "./support/app";
import { expect, test } from "./support/test";
import { putRawRecords, sidebar } from "./support/transfer";

/**
 * Records the app cannot read (damaged, from a newer version, sealed with another passphrase) are left out of
 * what it shows. The user is told what could not be read, nothing is deleted, and what could be read can be
 * saved; the next start says so again, because the records are still there.
 */
const NOW = Date.now();

async function storeReadableAndDamaged(page: Page, welcome = "Welcome to Sigilo") {
  await openApp(page);
  await expect(page.getByRole("heading", { name: welcome })).toBeVisible();
  await putRawRecords(page, {
    conversations: [
      { id: "c1", title: "Tides", titled: true, createdAt: NOW, updatedAt: NOW },
      // No title: fails the record schema.
      { id: "c2", titled: true, createdAt: NOW, updatedAt: NOW - 1 },
    ],
    messages: [
      {
        id: "m1",
        conversationId: "c1",
        parentId: null,
        role: "user",
        content: "Why two tides a day?",
        createdAt: NOW,
        status: "complete",
      },
      {
        id: "m2",
        conversationId: "c1",
        parentId: "m1",
        role: "robot",
        content: "Not a role Sigilo knows",
        createdAt: NOW + 1,
        status: "complete",
      },
    ],
  });
  await putRawSetting(page, "systemPromptPresets", [
    { id: "p1", name: "Brief", text: "Answer briefly.", builtIn: false },
    { id: 42, name: "Damaged" },
  ]);
}

async function putRawSetting(page: Page, key: string, value: unknown) {
  await page.evaluate(
    async ({ key, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("sigilo");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction("settings", "readwrite");
      tx.objectStore("settings").put(value, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { key, value },
  );
}

/** How many records each store holds, read straight from the database. */
function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(["conversations", "messages", "settings"]);
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const request = tx.objectStore(store).count();
        request.onsuccess = () => resolve(request.result);
      });
    const presets = new Promise<number>((resolve) => {
      const request = tx.objectStore("settings").get("systemPromptPresets");
      request.onsuccess = () => resolve((request.result as unknown[] | undefined)?.length ?? 0);
    });
    const counts = {
      conversations: await count("conversations"),
      messages: await count("messages"),
      presets: await presets,
    };
    db.close();
    return counts;
  });
}

const notice = (page: Page, name = "Some of your data could not be read") =>
  page.getByRole("region", { name });

test("records that cannot be read are named and counted, kept untouched, and what can be read exported", async ({
  page,
}) => {
  await storeReadableAndDamaged(page);
  await page.reload();

  await expect(messages(page)).toHaveText([/Why two tides a day\?/]);
  await expect(sidebar(page).getByRole("listitem")).toHaveText(["Tides"]);
  await expect(notice(page)).toContainText(
    "Sigilo could not read 1 conversation, 1 message and 1 setting stored in this browser.",
  );
  await expect(notice(page)).toContainText("nothing was deleted");

  const download = page.waitForEvent("download");
  await notice(page).getByRole("button", { name: "Export what could be read" }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, "utf8"));
  expect(file.conversations.map((c: { title: string }) => c.title)).toEqual(["Tides"]);
  await expect(notice(page).getByRole("status")).toHaveText("Exported 1 conversation.");

  await notice(page).getByRole("button", { name: "Dismiss" }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(await storedCounts(page)).toEqual({ conversations: 2, messages: 2, presets: 2 });

  // Still there, so still told at the next start; the app is usable meanwhile.
  await page.reload();
  await expect(messages(page)).toHaveText([/Why two tides a day\?/]);
  await expect(notice(page)).toContainText("1 conversation, 1 message and 1 setting");
  expect(await storedCounts(page)).toEqual({ conversations: 2, messages: 2, presets: 2 });
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("the note about unreadable records speaks Portuguese", async ({ page }) => {
    await storeReadableAndDamaged(page, "Bem-vindo ao Sigilo");
    await page.reload();
    const note = notice(page, "Alguns dos seus dados não puderam ser lidos");
    await expect(note).toContainText(
      "O Sigilo não conseguiu ler 1 conversa, 1 mensagem e 1 configuração guardados neste navegador.",
    );
    await expect(note.getByRole("button", { name: "Exportar o que pôde ser lido" })).toBeVisible();
    await expect(note.getByRole("button", { name: "Dispensar" })).toBeVisible();
  });
});

test("a stored reply claiming a million sources is left out at once, counted, and kept", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { name: "Welcome to Sigilo" })).toBeVisible();
  await putRawRecords(page, {
    conversations: [{ id: "c1", title: "Sources", titled: true, createdAt: NOW, updatedAt: NOW }],
    messages: [
      {
        id: "m1",
        conversationId: "c1",
        parentId: null,
        role: "user",
        content: "What does the report say?",
        createdAt: NOW,
        status: "complete",
      },
    ],
  });
  // Built in the page: a million entries would be slow to send from the test.
  await page.evaluate(async (now) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const source = { number: 1, documentId: "d1", index: 0, documentName: "Report.pdf", headingPath: [] };
    const tx = db.transaction("messages", "readwrite");
    tx.objectStore("messages").put({
      id: "m2",
      conversationId: "c1",
      parentId: "m1",
      role: "assistant",
      content: "It says [1].",
      createdAt: now + 1,
      status: "complete",
      documents: { mode: "retrieved", sources: Array.from({ length: 1_000_000 }, () => source) },
    });
    await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
    db.close();
  }, NOW);
  await page.reload();
  await expect(messages(page)).toHaveText([/What does the report say\?/]);
  await expect(notice(page)).toContainText("Sigilo could not read 1 message stored in this browser.");
  expect((await storedCounts(page)).messages).toBe(2);
});
