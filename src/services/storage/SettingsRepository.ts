import type { IDBPDatabase } from "idb";
import type { SigiloDB } from "./schema";
import type { InvalidRecordReporter } from "./validate";

export interface SettingsStore {
  /** The stored value if it passes `guard`; undefined when missing or unreadable (then reported). */
  get<T>(key: string, guard: (value: unknown) => value is T): Promise<T | undefined>;
  /** `value` must be structured-cloneable (plain data). */
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createIdbSettingsStore(
  db: IDBPDatabase<SigiloDB>,
  reportInvalid: InvalidRecordReporter,
): SettingsStore {
  return {
    async get<T>(key: string, guard: (value: unknown) => value is T) {
      const stored = await db.get("settings", key);
      if (stored === undefined) return undefined;
      if (guard(stored)) return stored;
      reportInvalid("settings", 1);
      return undefined;
    },

    async set(key, value) {
      await db.put("settings", value, key);
    },

    async delete(key) {
      await db.delete("settings", key);
    },
  };
}
