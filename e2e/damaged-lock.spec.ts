import type { Page } from "@playwright/test";
import { downloadPreselectedModel, openApp, sendMessage, userMessages, waitForReply } from "./support/app";
import { rawStoredText } from "./support/rawDatabase";
import { expect, test } from "./support/test";
import { lockScreen, PASSPHRASE, setLock } from "./support/vault";

/**
 * The lock's own settings are stored in the clear (the lock screen needs them), so a damaged disk or a hand in
 * DevTools can change them. Out of bounds, they must neither open the lock (sealed records would then be
 * "unreadable" and new ones written in the clear) nor make unlocking hang, and the next start must work.
 */
async function damageLockSettings(page: Page, change: { idleMinutes?: number; iterations?: number }) {
  await page.evaluate(async (change) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction("settings", "readwrite");
    const settings = tx.objectStore("settings");
    const request = settings.get("vault");
    request.onsuccess = () => {
      const config = request.result;
      if (change.idleMinutes !== undefined) config.idleMinutes = change.idleMinutes;
      if (change.iterations !== undefined) config.derivation.iterations = change.iterations;
      settings.put(config, "vault");
    };
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, change);
}

async function lockedWithAConversation(page: Page) {
  await openApp(page);
  await downloadPreselectedModel(page);
  await sendMessage(page, "Where do the tide tables live?");
  await waitForReply(page);
  await setLock(page, true);
}

test("an idle time of 0 keeps the lock on with the default, says so, and unlocks as before", async ({
  page,
}) => {
  await lockedWithAConversation(page);
  await damageLockSettings(page, { idleMinutes: 0 });

  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  await expect(lockScreen(page).getByRole("status")).toHaveText(
    "The lock's idle time stored in this browser was damaged: Sigilo will lock after 15 minutes without use until you choose another time in Security.",
  );
  await lockScreen(page).getByLabel("Passphrase").fill(PASSPHRASE);
  await lockScreen(page).getByRole("button", { name: "Unlock" }).click();
  await expect(userMessages(page)).toHaveText([/Where do the tide tables live\?/]);
  expect(await rawStoredText(page)).not.toContain("tide tables");
});

test("an absurd key-derivation count locks for good, at once: nothing opened, nothing written plain, erase offered", async ({
  page,
}) => {
  await lockedWithAConversation(page);
  await damageLockSettings(page, { iterations: 1e12 });

  for (let start = 0; start < 2; start += 1) {
    await page.reload();
    await expect(lockScreen(page).getByRole("alert")).toContainText(
      "The lock's settings stored in this browser are damaged, so Sigilo cannot check a passphrase",
    );
    await expect(lockScreen(page).getByLabel("Passphrase")).toHaveCount(0);
  }
  expect(await rawStoredText(page)).not.toContain("tide tables");

  await lockScreen(page).getByRole("button", { name: "Erase everything…" }).click();
  const erase = page.getByRole("dialog", { name: "Erase everything?" });
  await expect(erase).toBeVisible();
  await erase.getByRole("button", { name: "Cancel" }).click();
  await expect(erase).toHaveCount(0);
  expect(await rawStoredText(page)).toContain("setting:vault");
});

test.describe("in Portuguese", () => {
  test.use({ locale: "pt-BR" });

  test("damaged lock settings are explained in Portuguese", async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole("heading", { name: "Bem-vindo ao Sigilo" })).toBeVisible();
    // The lock's record as the app writes it, then damaged: a salt of 3 bytes.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("sigilo");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction("settings", "readwrite");
      tx.objectStore("settings").put(
        {
          version: 1,
          derivation: { name: "PBKDF2", hash: "SHA-256", iterations: 600_000, salt: new Uint8Array(3) },
          keyCheck: { iv: new Uint8Array(12), data: new ArrayBuffer(32) },
          idleMinutes: 15,
        },
        "vault",
      );
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
      db.close();
    });
    await page.reload();
    const locked = page.getByRole("main", { name: "O Sigilo está bloqueado" });
    await expect(locked.getByRole("alert")).toContainText(
      "As configurações do bloqueio guardadas neste navegador estão danificadas",
    );
    await expect(locked.getByRole("button", { name: "Apagar tudo…" })).toBeVisible();
  });
});
