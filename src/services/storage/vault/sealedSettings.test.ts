import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStorage, VaultLocked, type SigiloStorage } from "../index";
import { getAllRaw, openRaw, uniqueDbName } from "../rawIndexedDb.testing";
import { isSealedSetting } from "./sealedRecords";

const ITERATIONS = 1_000;
const PRESETS = [
  { id: "p1", name: "Contract lawyer", text: "Review the ACME merger clauses", builtIn: false },
];
const isAnything = (value: unknown): value is unknown => value !== undefined;
const isString = (value: unknown): value is string => typeof value === "string";

let name: string;
let storage: SigiloStorage;
const onInvalidRecords = vi.fn();
const open = () => openStorage({ name, onInvalidRecords, vaultIterations: ITERATIONS });

/** Every setting as IndexedDB holds it, by name, read without the app's code. */
async function rawSettings(): Promise<Record<string, unknown>> {
  const db = await openRaw(name);
  const tx = db.transaction("settings");
  const keys = await new Promise<IDBValidKey[]>((resolve) => {
    const request = tx.objectStore("settings").getAllKeys();
    request.onsuccess = () => resolve(request.result);
  });
  const values = await getAllRaw(db, "settings");
  db.close();
  return Object.fromEntries(keys.map((key, index) => [String(key), values[index]]));
}

/** Writes a setting as it is, past the app's code (as a tab that died halfway, or someone with the disk). */
async function putRawSetting(setting: string, value: unknown): Promise<void> {
  const db = await openRaw(name);
  const tx = db.transaction("settings", "readwrite");
  tx.objectStore("settings").put(value, setting);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

async function savePersonalSettings(): Promise<void> {
  await storage.settings.set("systemPromptPresets", PRESETS);
  await storage.settings.set("defaultInstructions", { systemPrompt: "You advise Globex's merger team." });
  await storage.settings.set("lastModelId", "Llama-3.2-1B-Instruct-q4f32_1-MLC");
  await storage.settings.set("modelsLastUsed", { "Llama-3.2-1B-Instruct-q4f32_1-MLC": 1_700_000_000_000 });
  await storage.settings.set("theme", "dark");
  await storage.settings.set("language", "pt-BR");
}

beforeEach(async () => {
  name = uniqueDbName();
  onInvalidRecords.mockReset();
  storage = await open();
});

afterEach(() => storage.close());

describe("settings under the lock", () => {
  it("when the lock is turned on, seals what says something about the person, keeps what the lock screen needs", async () => {
    await savePersonalSettings();
    await storage.vault.enable("correct horse", 15);
    await storage.settings.set("customModels", [{ name: "Our internal model" }]);

    const raw = await rawSettings();
    const text = JSON.stringify(raw);
    for (const secret of ["ACME", "Contract lawyer", "Globex", "Llama", "1700000000000", "internal model"]) {
      expect(text).not.toContain(secret);
    }
    for (const sealed of [
      "systemPromptPresets",
      "defaultInstructions",
      "lastModelId",
      "modelsLastUsed",
      "customModels",
    ]) {
      expect(isSealedSetting(raw[sealed]), sealed).toBe(true);
    }
    expect(raw).toMatchObject({ theme: "dark", language: "pt-BR", vault: { idleMinutes: 15 } });
    expect(await storage.settings.get("systemPromptPresets", isAnything)).toEqual(PRESETS);
  });

  it("while locked, refuses to read or write sealed settings, and still reads the ones the lock screen needs", async () => {
    await savePersonalSettings();
    await storage.vault.enable("correct horse", 15);
    storage.close();
    storage = await open();

    expect(storage.vault.status()).toBe("locked");
    await expect(storage.settings.get("systemPromptPresets", isAnything)).rejects.toThrow(VaultLocked);
    await expect(storage.settings.get("defaultInstructions", isAnything)).rejects.toThrow(VaultLocked);
    await expect(storage.settings.set("lastModelId", "x")).rejects.toThrow(VaultLocked);
    expect(await storage.settings.get("theme", isString)).toBe("dark");
    expect(await storage.settings.get("language", isString)).toBe("pt-BR");
    await storage.settings.set("theme", "light");
    expect((await rawSettings()).theme).toBe("light");

    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect(await storage.settings.get("lastModelId", isString)).toBe("Llama-3.2-1B-Instruct-q4f32_1-MLC");
  });

  it("when the lock is turned off, opens every setting back into the clear", async () => {
    await savePersonalSettings();
    await storage.vault.enable("correct horse", 15);
    expect(await storage.vault.disable("correct horse")).toBe(true);

    const raw = await rawSettings();
    expect(raw.systemPromptPresets).toEqual(PRESETS);
    expect(raw.modelsLastUsed).toEqual({ "Llama-3.2-1B-Instruct-q4f32_1-MLC": 1_700_000_000_000 });
    expect(raw.vault).toBeUndefined();
  });

  it("seals, at the next unlock, a setting a closed tab left in the clear", async () => {
    await storage.vault.enable("correct horse", 15);
    // As if the tab died halfway through turning the lock on, or another tab wrote before it heard.
    await putRawSetting("systemPromptPresets", PRESETS);
    storage.close();
    storage = await open();

    const progress = vi.fn();
    expect(await storage.vault.unlock("correct horse", progress)).toBe(true);
    expect(isSealedSetting((await rawSettings()).systemPromptPresets)).toBe(true);
    expect(await storage.settings.get("systemPromptPresets", isAnything)).toEqual(PRESETS);
    expect(progress).toHaveBeenLastCalledWith(2, 2); // the vault's own record and the presets
  });

  it("turned off halfway, reads everything with the key, and finishes on the next try", async () => {
    await savePersonalSettings();
    await storage.vault.enable("correct horse", 15);
    // As if the tab died after the presets were opened back, before anything else: half sealed, half clear.
    expect(isSealedSetting((await rawSettings()).systemPromptPresets)).toBe(true);
    await putRawSetting("systemPromptPresets", PRESETS);

    storage.close();
    storage = await open();
    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect(await storage.settings.get("systemPromptPresets", isAnything)).toEqual(PRESETS);
    expect(await storage.settings.get("lastModelId", isString)).toBe("Llama-3.2-1B-Instruct-q4f32_1-MLC");
    expect(await storage.vault.disable("correct horse")).toBe(true);
    expect(JSON.stringify(await rawSettings())).toContain("Contract lawyer");
  });

  it("a sealed value moved under another setting's name does not open, and is reported", async () => {
    await savePersonalSettings();
    await storage.vault.enable("correct horse", 15);
    const raw = await rawSettings();
    await putRawSetting("lastModelId", raw.systemPromptPresets);

    expect(await storage.settings.get("lastModelId", isString)).toBeUndefined();
    expect(onInvalidRecords).toHaveBeenCalledWith("settings", expect.any(Array));
  });

  it("stores, sealed, a write asked for just before it locks, and refuses one asked for after", async () => {
    await storage.vault.enable("correct horse", 15);
    const asked = [
      storage.settings.set("lastModelId", "Llama-3.2-1B-Instruct-q4f32_1-MLC"),
      storage.settings.set("systemPromptPresets", PRESETS),
    ];
    storage.vault.lock();
    const late = expect(storage.settings.set("lastModelId", "Qwen")).rejects.toThrow(VaultLocked);

    await Promise.all(asked);
    await late;
    const raw = await rawSettings();
    expect(isSealedSetting(raw.lastModelId)).toBe(true);
    expect(JSON.stringify(raw)).not.toContain("ACME");
    expect(await storage.vault.unlock("correct horse")).toBe(true);
    expect(await storage.settings.get("lastModelId", isString)).toBe("Llama-3.2-1B-Instruct-q4f32_1-MLC");
    expect(await storage.settings.get("systemPromptPresets", isAnything)).toEqual(PRESETS);
  });

  it("stores the last of several quick writes to one setting, though sealing each takes a moment", async () => {
    await storage.vault.enable("correct horse", 15);
    await Promise.all(["a", "b", "c", "d"].map((model) => storage.settings.set("lastModelId", model)));
    expect(await storage.settings.get("lastModelId", isString)).toBe("d");
  });
});
