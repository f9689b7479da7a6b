import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStorage, type SigiloStorage } from "./index";
import { uniqueDbName } from "./rawIndexedDb.testing";

const isString = (value: unknown): value is string => typeof value === "string";
const isTheme = (value: unknown): value is { dark: boolean } =>
  typeof value === "object" && value !== null && typeof (value as { dark?: unknown }).dark === "boolean";

let storage: SigiloStorage;
const onInvalidRecords = vi.fn();

beforeEach(async () => {
  onInvalidRecords.mockReset();
  storage = await openStorage({ name: uniqueDbName(), onInvalidRecords });
});

afterEach(() => {
  storage.close();
});

describe("settings", () => {
  it("returns undefined for a setting never set, without reporting it", async () => {
    expect(await storage.settings.get("model", isString)).toBeUndefined();
    expect(onInvalidRecords).not.toHaveBeenCalled();
  });

  it("stores and reads back plain values", async () => {
    await storage.settings.set("model", "Llama-3.2-1B");
    await storage.settings.set("theme", { dark: true });

    expect(await storage.settings.get("model", isString)).toBe("Llama-3.2-1B");
    expect(await storage.settings.get("theme", isTheme)).toEqual({ dark: true });
  });

  it("overwrites a setting", async () => {
    await storage.settings.set("model", "a");
    await storage.settings.set("model", "b");
    expect(await storage.settings.get("model", isString)).toBe("b");
  });

  it("returns undefined and reports a value that fails the guard", async () => {
    await storage.settings.set("theme", "dark");

    expect(await storage.settings.get("theme", isTheme)).toBeUndefined();
    expect(onInvalidRecords).toHaveBeenCalledWith("settings", ["theme"]);
  });

  it("deletes a setting", async () => {
    await storage.settings.set("model", "a");
    await storage.settings.delete("model");
    expect(await storage.settings.get("model", isString)).toBeUndefined();
  });

  it("reads a list entry by entry: one damaged entry is left out and reported, the others kept", async () => {
    await storage.settings.set("names", ["a", 42, "b", null]);
    expect(await storage.settings.getList("names", isString)).toEqual(["a", "b"]);
    expect(onInvalidRecords).toHaveBeenCalledWith("settings", ["names#0", "names#1"]);
  });

  it("keeps a list's damaged entries when the list is saved again, and counts them once", async () => {
    await storage.settings.set("names", ["a", 42, "b", null]);
    const shown = await storage.settings.getList("names", isString);
    await storage.settings.set("names", [...shown!.filter((name) => name !== "a"), "c"]);

    expect(await storage.settings.get("names", Array.isArray)).toEqual(["b", "c", 42, null]);
    expect(await storage.settings.getList("names", isString)).toEqual(["b", "c"]);
    expect(storage.unreadable.counts().settings).toBe(2);
  });

  it("gives no list for a setting that is missing or not a list", async () => {
    expect(await storage.settings.getList("names", isString)).toBeUndefined();
    await storage.settings.set("names", { 0: "a" });
    expect(await storage.settings.getList("names", isString)).toBeUndefined();
    expect(onInvalidRecords).toHaveBeenCalledWith("settings", ["names"]);
  });
});
