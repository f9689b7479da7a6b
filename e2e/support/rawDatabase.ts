import type { Page } from "@playwright/test";

/**
 * Every record of Sigilo's database — conversations, messages and settings — exactly as IndexedDB holds it,
 * read with the raw indexedDB API (not the app's code), as JSON with binary fields shown as "<N bytes>":
 * what someone with the disk sees. Settings are listed by name: `{"setting:theme": "dark"}`.
 */
export function rawStoredText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(store: string, get: (store: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const request = get(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const records: unknown[] = [];
    for (const store of Array.from(db.objectStoreNames)) {
      const values = await read(store, (objects) => objects.getAll());
      if (store !== "settings") records.push(...values);
      else {
        const keys = await read(store, (objects) => objects.getAllKeys());
        records.push(Object.fromEntries(keys.map((key, index) => [`setting:${String(key)}`, values[index]])));
      }
    }
    db.close();
    return JSON.stringify(records, (_key, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? `<${(value as ArrayBuffer).byteLength} bytes>`
        : value,
    );
  });
}
