import type { IDBPDatabase } from "idb";
import type { SigiloDB } from "../schema";
import { inTransaction } from "../transactions";
import { sameStoredValue } from "./reseal";
import type { SettingCodec } from "./settingCodec";

/**
 * Brings every setting into the form writes use now: sealed, or in the clear, as the lock and
 * settingsReadableWhileLocked.ts say. Each setting is replaced whole in a transaction of its own, so a
 * tab that dies midway leaves every setting either sealed or clear, readable with the key, and the next
 * unlock (or turning the lock off again) finishes the job. A value the key cannot open is left untouched,
 * and so is one another tab changed between our read and write. Returns how many settings it looked at.
 */
export async function resealSettings(db: IDBPDatabase<SigiloDB>, codec: SettingCodec): Promise<number> {
  const names = await db.getAllKeys("settings");
  for (const name of names) {
    const original: unknown = await db.get("settings", name);
    if (original === undefined || codec.isInWriteFormat(name, original)) continue;
    const value = await codec.decode(name, original);
    if (value === undefined) continue;
    const replacement = await codec.encode(name, value);
    const tx = db.transaction("settings", "readwrite");
    await inTransaction(tx, async () => {
      const current: unknown = await tx.store.get(name);
      if (sameStoredValue(current, original)) await tx.store.put(replacement, name);
    });
  }
  return names.length;
}

/** How many settings a re-encryption looks at, for its progress. */
export function countSettings(db: IDBPDatabase<SigiloDB>): Promise<number> {
  return db.count("settings");
}
