/*
 * The benchmark's eyes inside the page, installed before any app script runs (page.addInitScript). It
 * observes the app from the outside, so the app ships no benchmark hooks: it wraps `Worker` to see each
 * engine message arrive, `IDBDatabase`/`IDBObjectStore` to count writes to the `sigilo` database, and
 * watches the DOM, frames and long tasks. Plain JavaScript on purpose: the bench's TypeScript runner adds
 * helpers to functions that would not exist in the page. The bench reads it through `window.__benchProbe`.
 */
(() => {
  const MESSAGES_LIST = 'ol[aria-label="Messages"]';
  const COMPOSER = 'textarea[aria-label="Message"]';
  /** The status bar's "<model> · ready" (the composer is enabled before, while the model loads). */
  const MODEL_READY = ".model-status-ready";
  const SIGILO_DB = "sigilo";

  const streaming = {
    recording: false,
    /** Arrival time (page clock) of each delta from the engine worker. */
    deltaArrivals: [],
    /** For each delta, when the message list next changed in the DOM after it arrived. */
    deltaRendered: [],
    pendingFrom: 0,
    chatResults: [],
    frames: [],
    longTasks: [],
    idbWriteTransactions: 0,
    idbPuts: 0,
    idbBytes: 0,
  };
  const SIDEBAR = 'nav[aria-label="Conversations"]';
  /** The model picker's download (or load) button, enabled: a first visit can start. */
  const PICKER_BUTTON = ".model-picker-actions button.primary:not([disabled])";
  const startup = {};

  // --- Engine messages: our listener is added first, so it runs before the app's. ---
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      this.addEventListener("message", (event) => {
        if (!streaming.recording) return;
        const data = event.data;
        // A chat's progress is a piece of its reply; its reply holds the result (services/engine/protocol.ts).
        if (data && data.kind === "chat" && data.type === "progress") {
          performance.mark("bench:delta");
          streaming.deltaArrivals.push(performance.now());
        } else if (data && data.kind === "chat" && data.type === "reply") {
          streaming.chatResults.push(data.reply);
        }
      });
    }
  };

  // --- IndexedDB writes to Sigilo's database (idb calls these native methods underneath). ---
  const nativeTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    if (streaming.recording && this.name === SIGILO_DB && mode === "readwrite") {
      streaming.idbWriteTransactions += 1;
    }
    return nativeTransaction.call(this, stores, mode, options);
  };
  const encoder = new TextEncoder();
  const binaryAsItsLength = (_key, value) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? "x".repeat(value.byteLength) : value;
  for (const method of ["put", "add"]) {
    const native = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, key) {
      if (streaming.recording && this.transaction.db.name === SIGILO_DB) {
        streaming.idbPuts += 1;
        // JSON size in UTF-8, binary fields (a sealed record's ciphertext) at their byte length: close to what
        // is stored, and the same yardstick on every commit, with the lock on or off.
        streaming.idbBytes += encoder.encode(JSON.stringify(value, binaryAsItsLength) ?? "").length;
      }
      return native.call(this, value, key);
    };
  }

  // --- DOM updates of the message list: every delta that arrived before one is now on screen. ---
  const listObserver = new MutationObserver((records) => {
    if (!streaming.recording || streaming.pendingFrom === streaming.deltaArrivals.length) return;
    const inList = records.some((record) => {
      const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      return element !== null && element.closest(MESSAGES_LIST) !== null;
    });
    if (!inList) return;
    const now = performance.now();
    for (let index = streaming.pendingFrom; index < streaming.deltaArrivals.length; index++) {
      streaming.deltaRendered[index] = now;
      performance.measure("bench:delta-to-dom", { start: streaming.deltaArrivals[index], end: now });
    }
    streaming.pendingFrom = streaming.deltaArrivals.length;
  });

  let frameHandle;
  let lastFrame;
  const onFrame = (time) => {
    if (lastFrame !== undefined) streaming.frames.push(time - lastFrame);
    lastFrame = time;
    frameHandle = requestAnimationFrame(onFrame);
  };

  const longTaskObserver = new PerformanceObserver((list) => {
    if (!streaming.recording) return;
    for (const entry of list.getEntries()) streaming.longTasks.push(entry.duration);
  });

  function startStreaming() {
    Object.assign(streaming, {
      recording: true,
      deltaArrivals: [],
      deltaRendered: [],
      pendingFrom: 0,
      chatResults: [],
      frames: [],
      longTasks: [],
      idbWriteTransactions: 0,
      idbPuts: 0,
      idbBytes: 0,
    });
    performance.clearMarks("bench:delta");
    performance.clearMeasures("bench:delta-to-dom");
    listObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
    longTaskObserver.observe({ type: "longtask" });
    lastFrame = undefined;
    frameHandle = requestAnimationFrame(onFrame);
  }

  function stopStreaming() {
    streaming.recording = false;
    listObserver.disconnect();
    longTaskObserver.disconnect();
    cancelAnimationFrame(frameHandle);
    const latencies = performance.getEntriesByName("bench:delta-to-dom").map((entry) => entry.duration);
    return {
      deltaArrivals: streaming.deltaArrivals,
      deltaRendered: streaming.deltaRendered,
      latencies,
      chatResults: streaming.chatResults,
      frames: streaming.frames,
      longTasks: streaming.longTasks,
      idbWriteTransactions: streaming.idbWriteTransactions,
      idbPuts: streaming.idbPuts,
      idbBytes: streaming.idbBytes,
    };
  }

  // --- Start-up: when the app shell, an enabled composer and (optionally) a listed conversation first exist. ---
  /**
   * Installed by the start-up runs only: `listedTitle` is a conversation title to wait for in the sidebar;
   * `pickerReady` waits for the model picker's enabled download button; `readableText` for a text in the
   * message list (the last conversation readable, whatever the model is doing).
   */
  function watchStartup({ listedTitle, pickerReady, readableText } = {}) {
    const check = () => {
      const now = performance.now();
      if (startup.shellAt === undefined && document.querySelector("aside, main")) startup.shellAt = now;
      if (pickerReady && startup.pickerReadyAt === undefined && document.querySelector(PICKER_BUTTON))
        startup.pickerReadyAt = now;
      if (
        readableText !== undefined &&
        startup.readableAt === undefined &&
        hasText(MESSAGES_LIST, readableText)
      )
        startup.readableAt = now;
      // The first enabled box: index.html's first screen's for a returning user, else the app's own.
      const composer = document.querySelector(COMPOSER);
      if (startup.composerReadyAt === undefined && composer && !composer.disabled)
        startup.composerReadyAt = now;
      const appComposer = document.querySelector(`#root ${COMPOSER}`);
      if (startup.appComposerReadyAt === undefined && appComposer && !appComposer.disabled)
        startup.appComposerReadyAt = now;
      if (startup.modelReadyAt === undefined && document.querySelector(MODEL_READY))
        startup.modelReadyAt = now;
      if (listedTitle !== undefined && startup.listedAt === undefined && hasText(SIDEBAR, listedTitle)) {
        startup.listedAt = now;
        startup.listed = document.querySelectorAll(`${SIDEBAR} li`).length;
        void afterPaint().then((paintedAt) => (startup.listPaintedAt = paintedAt));
      }
      const done =
        ((startup.appComposerReadyAt !== undefined && startup.modelReadyAt !== undefined) ||
          pickerReady ||
          readableText !== undefined) &&
        (listedTitle === undefined || startup.listedAt !== undefined) &&
        (!pickerReady || startup.pickerReadyAt !== undefined) &&
        (readableText === undefined || startup.readableAt !== undefined);
      if (done) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    const start = () => {
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      check();
    };
    if (document.documentElement) start();
    else document.addEventListener("readystatechange", start, { once: true });
  }

  function startupTimes() {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return { firstContentfulPaint: paint ? paint.startTime : undefined, ...startup };
  }

  /** Resolves with the time `ready()` first holds, checked on every DOM change; rejects after `timeoutMs`. */
  function whenDom(ready, timeoutMs) {
    return new Promise((resolve, reject) => {
      if (ready()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error("The page never reached the state the benchmark waited for."));
      }, timeoutMs);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }

  /** After the DOM change, the next frame paints: two animation frames later the pixels are out. */
  function afterPaint() {
    return new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
    );
  }

  const hasText = (selector, text) => {
    const element = document.querySelector(selector);
    return element !== null && element.textContent.includes(text);
  };

  /** Clicks a conversation in the sidebar and times until `lastText` shows in the message list. */
  async function timeOpenConversation(title, lastText) {
    const button = [...document.querySelectorAll(`${SIDEBAR} button`)].find(
      (candidate) => candidate.textContent === title,
    );
    if (!button) throw new Error(`No conversation titled "${title}" in the sidebar.`);
    const clickedAt = performance.now();
    button.click();
    const shownAt = await whenDom(() => hasText(MESSAGES_LIST, lastText), 30_000);
    const paintedAt = await afterPaint();
    return { shownMs: shownAt - clickedAt, paintedMs: paintedAt - clickedAt };
  }

  // --- Seeding: records go straight into the app's database, as the app itself would have written them. ---
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

  /** `seed`: { conversations, messages, settings: {key: value} }. The app must have created the DB. */
  async function seed({ conversations, messages, settings }) {
    const db = await requestDone(indexedDB.open(SIGILO_DB));
    const tx = nativeTransaction.call(db, ["conversations", "messages", "settings"], "readwrite");
    for (const conversation of conversations) tx.objectStore("conversations").put(conversation);
    for (const message of messages) tx.objectStore("messages").put(message);
    for (const [key, value] of Object.entries(settings)) tx.objectStore("settings").put(value, key);
    await transactionDone(tx);
    db.close();
  }

  window.__benchProbe = {
    startStreaming,
    replyDone: () => streaming.chatResults.length > 0,
    stopStreaming,
    watchStartup,
    startupTimes,
    timeOpenConversation,
    seed,
  };
})();
