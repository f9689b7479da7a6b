import { openDB, type DBSchema } from "idb";
import type { NetworkRequestRecord } from "../../domain/networkRequest";
import { isNetworkRequestRecord } from "./validateNetworkRequest";

/**
 * The Privacy panel's log of network requests, in a database of its own: the service worker and the
 * engine worker write to it too, and they must not open (or migrate) the conversations database.
 */
export const NETWORK_LOG_DB_NAME = "sigilo-network-log";
const STORE = "requests";

interface NetworkLogDB extends DBSchema {
  requests: { key: number; value: NetworkRequestRecord };
}

/** Each call opens and closes its own connection, so no context holds the database open and erasing is never blocked. */
async function withLog<T>(run: (db: Awaited<ReturnType<typeof open>>) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

function open() {
  return openDB<NetworkLogDB>(NETWORK_LOG_DB_NAME, 1, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore(STORE, { autoIncrement: true });
    },
  });
}

export interface NetworkLog {
  append(records: readonly NetworkRequestRecord[]): Promise<void>;
  /** Oldest first; unreadable records are skipped. */
  list(): Promise<NetworkRequestRecord[]>;
  clear(): Promise<void>;
}

export const networkLog: NetworkLog = {
  append: (records) =>
    records.length === 0
      ? Promise.resolve()
      : withLog(async (db) => {
          const tx = db.transaction(STORE, "readwrite");
          await Promise.all([...records.map((record) => tx.store.add(record)), tx.done]);
        }),
  list: () => withLog(async (db) => (await db.getAll(STORE)).filter(isNetworkRequestRecord)),
  clear: () => withLog((db) => db.clear(STORE)),
};
