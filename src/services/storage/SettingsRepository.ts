import type { IDBPDatabase } from "idb";
import type { SigiloDB } from "./schema";
import type { InvalidRecordReporter } from "./validate";
import { plainKeyState } from "./vault/recordCodec";
import { createSettingCodec, type SettingCodec } from "./vault/settingCodec";

export interface SettingsStore {
  /**
   * The stored value if it passes `guard`; undefined when missing or unreadable (then reported). Rejects
   * with VaultLocked for a setting the lock seals, while locked.
   */
  get<T>(key: string, guard: (value: unknown) => value is T): Promise<T | undefined>;
  /**
   * A stored list, entry by entry: the entries that pass `guard`, the others left out (and reported).
   * Undefined when missing or not a list. One damaged entry must not hide the rest: the next save writes
   * the list the user sees, so hiding them all would lose them all. The damaged entries are kept too: the
   * next `set` of this list writes them back after the entries given, untouched.
   */
  getList<T>(key: string, guard: (entry: unknown) => entry is T): Promise<T[] | undefined>;
  /** `value` must be JSON data. Sealed while the lock is on (VaultLocked while locked), unless needed before unlocking. */
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createIdbSettingsStore(
  db: IDBPDatabase<SigiloDB>,
  reportInvalid: InvalidRecordReporter,
  codec: SettingCodec = createSettingCodec(plainKeyState),
): SettingsStore {
  // Sealing takes a moment: writes to one setting are queued so the last one made is the last one stored.
  // Each value is sealed when the write is asked for, with the key of that moment, so a write asked for
  // just before the lock comes on is still stored, however long it waited for its turn.
  const writes = new Map<string, Promise<unknown>>();
  /** The entries of each list read that could not be read, kept so that saving the list does not drop them. */
  const damagedEntries = new Map<string, unknown[]>();
  function inOrder(key: string, write: () => Promise<void>): Promise<void> {
    const done = (writes.get(key) ?? Promise.resolve()).catch(() => {}).then(write);
    writes.set(key, done);
    return done;
  }

  const store: SettingsStore = {
    async get<T>(key: string, guard: (value: unknown) => value is T) {
      const stored = await db.get("settings", key);
      if (stored === undefined) return undefined;
      const value = await codec.decode(key, stored);
      if (guard(value)) return value;
      reportInvalid("settings", [key]);
      return undefined;
    },

    async getList<T>(key: string, guard: (entry: unknown) => entry is T) {
      const list = await store.get(key, isList);
      if (list === undefined) return undefined;
      const damaged = list.filter((entry) => !guard(entry));
      damagedEntries.set(key, damaged);
      // Named by their rank among the damaged ones, which saving keeps (they go back after the others).
      if (damaged.length > 0)
        reportInvalid(
          "settings",
          damaged.map((_, rank) => `${key}#${rank}`),
        );
      return list.filter(guard);
    },

    set(key, value) {
      const kept = damagedEntries.get(key) ?? [];
      const stored = codec.encode(key, Array.isArray(value) && kept.length > 0 ? [...value, ...kept] : value);
      stored.catch(() => {}); // seen where the write awaits it
      return inOrder(key, async () => {
        await db.put("settings", await stored, key);
      });
    },

    delete(key) {
      damagedEntries.delete(key);
      return inOrder(key, () => db.delete("settings", key));
    },
  };
  return store;
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);
