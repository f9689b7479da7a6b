import type { Page } from "@playwright/test";

export interface SeedOptions {
  conversations: number;
  messagesPerConversation: number;
  /** Text placed in one message of the given conversation index, to be found by a search. */
  needle?: { conversation: number; message: number; text: string };
}

/**
 * Writes conversations straight into the app's IndexedDB (as a previous session would have), then reloads so
 * the app reads them. The app must have opened the database once already (it creates the schema).
 */
export async function seedConversations(page: Page, options: SeedOptions): Promise<void> {
  await page.evaluate(async ({ conversations, messagesPerConversation, needle }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("sigilo");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(["conversations", "messages"], "readwrite");
    const words = "harbor lantern quiet meadow copper river signal orchard velvet summit".split(" ");
    for (let c = 0; c < conversations; c += 1) {
      const id = `seed-${c}`;
      const time = 1_700_000_000_000 + c * 60_000;
      tx.objectStore("conversations").put({
        id,
        title: `Seeded conversation ${c}`,
        titled: true,
        createdAt: time,
        updatedAt: time,
      });
      for (let m = 0; m < messagesPerConversation; m += 1) {
        const filler = Array.from({ length: 30 }, (_, w) => words[(c + m + w) % words.length]).join(" ");
        const text =
          needle && needle.conversation === c && needle.message === m ? `${filler} ${needle.text}` : filler;
        tx.objectStore("messages").put({
          id: `${id}-m${m}`,
          conversationId: id,
          parentId: m === 0 ? null : `${id}-m${m - 1}`,
          role: m % 2 === 0 ? "user" : "assistant",
          content: text,
          createdAt: time + m,
          status: "complete",
        });
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, options);
  await page.reload();
}
