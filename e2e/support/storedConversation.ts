import type { Page } from "@playwright/test";

export interface StoredConversation {
  /** The conversation's title in the sidebar. */
  title: string;
  /** Questions and the replies the model gave, in order. */
  turns: readonly { question: string; reply: string }[];
}

/**
 * Writes one conversation straight into the app's IndexedDB, as a previous session
 * would have stored it, and reloads so the app reads it. The app must have opened its database once already.
 * Used to bring back text a model once wrote: whatever it is, the app must open it.
 */
export async function storeConversation(page: Page, conversation: StoredConversation): Promise<void> {
  await page.evaluate(async ({ title, turns }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(["conversations", "messages"], "readwrite");
    const id = `seeded-${Date.now()}`;
    const start = Date.now() - 60_000;
    const contents = turns.flatMap((turn) => [turn.question, turn.reply]);
    tx.objectStore("conversations").put({
      id,
      title,
      titled: true,
      createdAt: start,
      updatedAt: Date.now(),
      activeLeafId: `${id}-m${contents.length - 1}`,
    });
    contents.forEach((content, index) => {
      tx.objectStore("messages").put({
        id: `${id}-m${index}`,
        conversationId: id,
        parentId: index === 0 ? null : `${id}-m${index - 1}`,
        role: index % 2 === 0 ? "user" : "assistant",
        content,
        createdAt: start + index * 1000,
        status: "complete",
        ...(index % 2 === 0 ? {} : { finishReason: "stop" }),
      });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, conversation);
  await page.reload();
}
