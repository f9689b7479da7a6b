/*
 * Years of conversations, written into the app's `sigilo` database from inside the page: 200,000 messages
 * would be ~60 MB to send from the bench process, so the page makes them from typed templates the bench
 * passes in (bench/lib/historySeed.ts), substituting ids, times and text only. The text is drawn, the same
 * for every run, from a vocabulary with accented words, so searches have a few hits, many, or none.
 * Plain JavaScript for the same reason as probe.js. The bench reads it through `window.__benchHistory`.
 */
(() => {
  const SIGILO_DB = "sigilo";
  /** Conversations per write transaction: big enough to be quick, small enough not to hold one huge one. */
  const BATCH = 250;

  const requestDone = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const transactionDone = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });

  /** A small deterministic generator (an LCG): the same history on every run. */
  function random(seed) {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }

  function sentence(next, vocabulary, words) {
    const picked = [];
    for (let index = 0; index < words; index++)
      picked.push(vocabulary[Math.floor(next() * vocabulary.length)]);
    picked[0] = picked[0].charAt(0).toUpperCase() + picked[0].slice(1);
    return `${picked.join(" ")}.`;
  }

  /**
   * `spec`: { conversationTemplate, messageTemplates: [user, assistant], conversations, messagesPerConversation,
   * wordsPerMessage, vocabulary, needles: [{ conversation, message, text }], titleOf: "prefix", now }.
   * Conversation 0 is the newest. Resolves with how many messages were written.
   */
  async function seedHistory(spec) {
    const next = random(20240601);
    const needles = new Map(
      spec.needles.map((needle) => [`${needle.conversation}/${needle.message}`, needle]),
    );
    const db = await requestDone(indexedDB.open(SIGILO_DB));
    let written = 0;
    try {
      for (let first = 0; first < spec.conversations; first += BATCH) {
        const tx = db.transaction(["conversations", "messages"], "readwrite");
        const conversations = tx.objectStore("conversations");
        const messages = tx.objectStore("messages");
        for (let c = first; c < Math.min(spec.conversations, first + BATCH); c++) {
          const id = `history-${c}`;
          const updatedAt = spec.now - c * 3_600_000;
          const createdAt = updatedAt - spec.messagesPerConversation * 60_000;
          const title = `${spec.titlePrefix} ${c + 1}: ${sentence(next, spec.vocabulary, 3).slice(0, -1)}`;
          conversations.put({ ...spec.conversationTemplate, id, title, createdAt, updatedAt });
          for (let m = 0; m < spec.messagesPerConversation; m++) {
            const needle = needles.get(`${c}/${m}`);
            const words = Math.max(4, Math.round(spec.wordsPerMessage * (0.5 + next())));
            const text = sentence(next, spec.vocabulary, words);
            messages.put({
              ...spec.messageTemplates[m % 2],
              id: `${id}-m${m}`,
              conversationId: id,
              parentId: m === 0 ? null : `${id}-m${m - 1}`,
              content: needle ? `${text} ${needle.text}` : text,
              createdAt: createdAt + m * 60_000,
            });
            written++;
          }
        }
        await transactionDone(tx);
      }
    } finally {
      db.close();
    }
    return written;
  }

  window.__benchHistory = { seedHistory };
})();
