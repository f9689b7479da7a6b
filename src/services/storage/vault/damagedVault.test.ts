import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversation } from "../fixtures.testing";
import { openStorage, VaultError, VaultLocked, type SigiloStorage } from "../index";
import { getAllRaw, openRaw, uniqueDbName } from "../rawIndexedDb.testing";
import { DEFAULT_IDLE_MINUTES, VAULT_SETTING_KEY } from "./vaultConfig";

const ITERATIONS = 1_000;
let name: string;
let storage: SigiloStorage;
const open = () => openStorage({ name, onInvalidRecords: () => {}, vaultIterations: ITERATIONS });

/** Rewrites the stored lock settings as a damaged disk (or a hand in DevTools) might leave them. */
async function damageLockSettings(change: (config: Record<string, unknown>) => Record<string, unknown>) {
  storage.close();
  const db = await openRaw(name);
  const config = (await new Promise((resolve) => {
    const request = db.transaction("settings").objectStore("settings").get(VAULT_SETTING_KEY);
    request.onsuccess = () => resolve(request.result);
  })) as Record<string, unknown>;
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction("settings", "readwrite");
    tx.objectStore("settings").put(change(config), VAULT_SETTING_KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  storage = await open();
}

const withDerivation = (change: Record<string, unknown>) => (config: Record<string, unknown>) => ({
  ...config,
  derivation: { ...(config.derivation as object), ...change },
});

beforeEach(async () => {
  name = uniqueDbName();
  storage = await open();
  await storage.vault.enable("correct horse", 15);
  await storage.conversations.saveConversation(conversation({ id: "c1", title: "Sealed title" }));
});

afterEach(() => storage.close());

describe("lock settings out of bounds", () => {
  for (const idleMinutes of [0, -5, Number.NaN, 1e300, 2.5, "15", null]) {
    it(`an idle time of ${String(idleMinutes)} keeps the lock on, with the default idle time, and says so`, async () => {
      await damageLockSettings((config) => ({ ...config, idleMinutes }));

      expect(storage.vault.status()).toBe("locked");
      expect(storage.vault.idleMinutes()).toBe(DEFAULT_IDLE_MINUTES);
      expect(storage.vault.problem()).toBe("idle-minutes-reset");
      await expect(storage.conversations.listConversations()).rejects.toBeInstanceOf(VaultLocked);
      expect(await storage.vault.unlock("correct horse")).toBe(true);
      expect((await storage.conversations.listConversations()).map((c) => c.title)).toEqual(["Sealed title"]);

      await storage.vault.setIdleMinutes(30);
      expect(storage.vault.problem()).toBeUndefined();
    });
  }

  const damages: [string, (config: Record<string, unknown>) => Record<string, unknown>][] = [
    ["1e12 iterations", withDerivation({ iterations: 1e12 })],
    ["NaN iterations", withDerivation({ iterations: Number.NaN })],
    ["0 iterations", withDerivation({ iterations: 0 })],
    ["a salt of 3 bytes", withDerivation({ salt: new Uint8Array(3) })],
    ["a salt of 10,000 bytes", withDerivation({ salt: new Uint8Array(10_000) })],
    ["a salt that is text", withDerivation({ salt: "salt" })],
    ["no key check", (config) => ({ ...config, keyCheck: undefined })],
    ["another version", (config) => ({ ...config, version: 2 })],
    ["a string", () => "vault" as unknown as Record<string, unknown>],
  ];
  for (const [what, damage] of damages) {
    it(`with ${what}, the lock stays locked, unlocking is refused at once, and nothing is written in the clear`, async () => {
      await damageLockSettings(damage);

      expect(storage.vault.status()).toBe("locked");
      expect(storage.vault.problem()).toBe("damaged");
      await expect(storage.vault.unlock("correct horse")).rejects.toSatisfy(
        (error) => error instanceof VaultError && error.code === "damaged-settings",
      );
      await expect(storage.vault.enable("new", 15)).rejects.toBeInstanceOf(VaultError);
      await expect(storage.vault.disable("correct horse")).rejects.toBeInstanceOf(VaultError);
      await expect(
        storage.conversations.saveConversation(conversation({ id: "c2", title: "Plain words" })),
      ).rejects.toBeInstanceOf(VaultLocked);

      const db = await openRaw(name);
      const stored = JSON.stringify(await getAllRaw(db, "conversations"));
      db.close();
      expect(stored).not.toContain("Plain words");
      expect(stored).not.toContain("Sealed title");
    });
  }
});
