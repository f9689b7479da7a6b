import type { Page } from "@playwright/test";

/**
 * Writes a conversation of `count` alternating messages ("Message 1" … "Message N") straight into the
 * app's IndexedDB, as the app itself would have stored it. Call once the app has opened its database,
 * then reload.
 */
export async function seedLongConversation(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(["conversations", "messages"], "readwrite");
    const start = Date.now() - count * 1000;
    tx.objectStore("conversations").put({
      id: "long",
      title: "A very long conversation",
      titled: true,
      createdAt: start,
      updatedAt: Date.now(),
    });
    for (let index = 0; index < count; index++) {
      const role = index % 2 === 0 ? "user" : "assistant";
      tx.objectStore("messages").put({
        id: `m${index + 1}`,
        conversationId: "long",
        parentId: index === 0 ? null : `m${index}`,
        role,
        // Some messages are taller than others, as in a real conversation.
        content: `Message ${index + 1}` + (index % 5 === 0 ? "\n\nwith a second paragraph" : ""),
        createdAt: start + index * 1000,
        status: "complete",
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
