import type { Page } from "@playwright/test";

/**
 * Every conversation and message record exactly as IndexedDB holds it, read with the raw indexedDB API
 * (not the app's code), as JSON with binary fields shown as "<N bytes>": what someone with the disk sees.
 */
export function rawStoredText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const readAll = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const records = [...(await readAll("conversations")), ...(await readAll("messages"))];
    db.close();
    return JSON.stringify(records, (_key, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? `<${(value as ArrayBuffer).byteLength} bytes>`
        : value,
    );
  });
}
