import type { Page } from "@playwright/test";

/**
 * The text of every assistant message as IndexedDB holds it right now, read with the raw indexedDB API: what a
 * reload would find. Poll it (`expect.poll`) to wait until a streaming reply has been saved, instead of sleeping
 * past the save interval. (Without the lock; a sealed message's content is not readable this way.)
 */
export function storedReplyTexts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction("messages").objectStore("messages").getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records.flatMap((record) => {
      const { role, content } = record as { role?: unknown; content?: unknown };
      return role === "assistant" && typeof content === "string" ? [content] : [];
    });
  });
}
