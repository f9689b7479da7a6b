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

  // --- Using a long history: searching it and scrolling its conversation list. ---
  const SEARCH_BOX = 'input[type="search"]';
  const SEARCH_RESULTS = ".search-results";
  const SIDEBAR_LIST = 'nav[aria-label="Conversations"] ul';

  /** Resolves (with the time) once `ready()` holds, checked on every DOM change. */
  function whenDom(ready) {
    return new Promise((resolve) => {
      if (ready()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }

  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
    );

  /** Types `text` into the search box as one input event (a paste), the way React hears a user. */
  function typeIntoSearch(text) {
    const box = document.querySelector(SEARCH_BOX);
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    setValue.call(box, text);
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }

  /** Long tasks (> 50 ms) on the page's thread while `work` runs. */
  async function withLongTasks(work) {
    const tasks = [];
    const observer = new PerformanceObserver((list) =>
      tasks.push(...list.getEntries().map((e) => e.duration)),
    );
    observer.observe({ type: "longtask" });
    try {
      const result = await work();
      await afterPaint();
      return { result, longestTaskMs: Math.max(0, ...tasks) };
    } finally {
      observer.disconnect();
    }
  }

  /**
   * Each query typed into an empty search box, timed until its results are shown (the results stop being busy)
   * and painted. Resolves with the times and hit counts, and the longest task meanwhile.
   */
  function timeSearches(queries) {
    return withLongTasks(async () => {
      const runs = [];
      for (const query of queries) {
        typeIntoSearch("");
        await whenDom(() => document.querySelector(SEARCH_RESULTS) === null);
        await afterPaint();
        const typedAt = performance.now();
        typeIntoSearch(query);
        await whenDom(() => document.querySelector(`${SEARCH_RESULTS}[aria-busy="false"]`) !== null);
        const paintedAt = await afterPaint();
        const hits = document.querySelectorAll(`${SEARCH_RESULTS} li`).length;
        runs.push({ query, ms: paintedAt - typedAt, hits });
      }
      typeIntoSearch("");
      return runs;
    });
  }

  /**
   * Scrolls the conversation list from top to bottom in `steps` frames, recording frame times; resolves with
   * them, the longest task, and the title of the last row rendered at the bottom.
   */
  function timeScroll(steps) {
    return withLongTasks(async () => {
      const scroller = document.querySelector(SIDEBAR_LIST).parentElement;
      scroller.scrollTop = 0;
      await afterPaint();
      const frames = [];
      let last = performance.now();
      for (let step = 1; step <= steps; step++) {
        scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * step) / steps;
        const now = await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push(now - last);
        last = now;
      }
      await afterPaint();
      const rows = [...document.querySelectorAll(`${SIDEBAR_LIST} li`)];
      const bottom = rows.reduce((a, b) => (Number(b.dataset.index) > Number(a.dataset.index) ? b : a));
      return { frames, lastTitle: bottom.querySelector("button").textContent, rendered: rows.length };
    });
  }

  // --- The search index's build, seen from outside: when the page opens it and when nothing is left to read. ---
  const indexBuild = { openedAt: undefined, readyAt: undefined, messages: 0 };
  const pageLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      pageLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });

  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes("search.worker")) return;
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === "open" && indexBuild.openedAt === undefined)
          indexBuild.openedAt = performance.now();
        return post(message, ...rest);
      };
      this.addEventListener("message", ({ data }) => {
        if (
          data &&
          data.type === "progress" &&
          data.progress.pending === 0 &&
          indexBuild.readyAt === undefined
        ) {
          indexBuild.readyAt = performance.now();
          indexBuild.messages = data.progress.messages;
        }
      });
    }
  };

  /** The build's start and end (undefined until reached), and the longest page task in between. */
  function indexBuildTimes() {
    const { openedAt, readyAt } = indexBuild;
    const during = pageLongTasks.filter(
      (task) =>
        openedAt !== undefined &&
        task.start + task.duration > openedAt &&
        (readyAt === undefined || task.start < readyAt),
    );
    return { ...indexBuild, longestTaskMs: Math.max(0, ...during.map((task) => task.duration)) };
  }

  window.__benchHistory = { seedHistory, timeSearches, timeScroll, indexBuildTimes };
})();
