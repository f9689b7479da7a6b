import { openDB, type IDBPDatabase } from "idb";
import { migrate } from "./migrations";
import { DB_VERSION, type SigiloDB } from "./schema";
import { abortQuietly } from "./transactions";

/** Why the connection went away on its own; either way the app should ask the user to reload. */
export type ClosedReason = "newer-version-opened" | "terminated";

export interface OpenDatabaseOptions {
  name: string;
  /** Another tab holds an older version open and has not let go: the UI should say "close other tabs". */
  onBlocked?: () => void;
  onClosed?: (reason: ClosedReason) => void;
}

export function openDatabase({
  name,
  onBlocked,
  onClosed,
}: OpenDatabaseOptions): Promise<IDBPDatabase<SigiloDB>> {
  // Assigned before `blocking` can fire: that needs a successful open first.
  let db: IDBPDatabase<SigiloDB> | undefined;
  const opening = openDB<SigiloDB>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      migrate(database, oldVersion, tx).catch((error: unknown) => {
        console.error("Sigilo storage: migration failed, rolling back", error);
        abortQuietly(tx);
      });
    },
    blocked() {
      onBlocked?.();
    },
    // A newer version of the app in another tab wants to upgrade: step aside rather than block it forever.
    blocking() {
      db?.close();
      onClosed?.("newer-version-opened");
    },
    terminated() {
      onClosed?.("terminated");
    },
  });
  return opening.then((opened) => (db = opened));
}
