/** The cases, run in order against a served fixture build and a production build folder, as metrics. */
import type { Browser } from "@playwright/test";
import { serveFakeModels } from "../e2e/support/fakeModelHost";
import { dictionaryChunks, measureBundle, totalOf, webLlmOnlyInWorkerOnce } from "./cases/bundle";
import { measureStartup } from "./cases/coldStart";
import { measureFirstScreens } from "./cases/firstScreens";
import { measureFirstVisit, type FirstVisitRun } from "./cases/firstVisit";
import { measureLargeHistory, type LargeHistoryOptions, type LargeHistoryRun } from "./cases/largeHistory";
import { serveCounting } from "./lib/countingServer";
import { measureConversationList, measureOpenConversation } from "./cases/persistence";
import { loopingReplyMetrics, STREAMED_TOKENS, type LoopingOptions } from "./cases/loopingReply";
import { measureStreaming, type StreamingOptions, type StreamingRun } from "./cases/streaming";
import { documentsMetrics, FULL_DOCUMENTS, SMOKE_DOCUMENTS, type DocumentsOptions } from "./documentsMetrics";
import type { Metric } from "./lib/report";
import { installProbe, type BenchTarget } from "./lib/session";

export interface SuiteOptions {
  runs: number;
  streaming: StreamingOptions[];
  openMessages: number;
  listConversations: number;
  looping: LoopingOptions;
  /** Years of use: the conversation list, the search index and search over a long history. */
  largeHistory: LargeHistoryOptions;
  /** The production build, for bundle sizes. */
  distDir: string;
  documents: DocumentsOptions;
  /** Run only this case (`--only`); all when absent. */
  only?: CaseName;
}

export const CASE_NAMES = [
  "bundle",
  "firstVisit",
  "startup",
  "streaming",
  "open",
  "list",
  "looping",
  "documents",
  "firstScreens",
  "history",
] as const;
export type CaseName = (typeof CASE_NAMES)[number];

const REPLY_TOKENS = 2000;

/** `npm run bench`: the cases the issue asks for. */
export function fullSuite(runs: number): SuiteOptions {
  const streaming: StreamingOptions[] = [10, 500].flatMap((history) =>
    [50, 200, 0].map((rate) => ({ rate, history, replyTokens: REPLY_TOKENS })),
  );
  // What a reply costs in writes with every record sealed, next to the same reply with the lock off.
  streaming.push({ rate: 50, history: 10, replyTokens: REPLY_TOKENS, lock: true });
  // A looping model, streamed as long as a reply may be, and a stored one of 50,000 tokens.
  const looping = { rates: [200, 0], streamedTokens: STREAMED_TOKENS, storedTokens: 50_000 };
  return {
    runs,
    streaming,
    openMessages: 500,
    listConversations: 1000,
    looping,
    distDir: "dist",
    documents: FULL_DOCUMENTS,
    largeHistory: { conversations: 10_000, messagesPerConversation: 20 },
  };
}

/** CI's smoke: every case once, small, so the benchmark cannot rot; its figures mean nothing. */
export const SMOKE_SUITE: SuiteOptions = {
  runs: 1,
  streaming: [{ rate: 0, history: 10, replyTokens: 50 }],
  openMessages: 20,
  listConversations: 20,
  looping: { rates: [0], streamedTokens: 64, storedTokens: 200 },
  largeHistory: { conversations: 30, messagesPerConversation: 4 },
  distDir: "dist",
  documents: SMOKE_DOCUMENTS,
};

const KB = 1024;

export async function runSuite(
  browser: Browser,
  baseURL: string,
  options: SuiteOptions,
  log: (line: string) => void = () => {},
): Promise<Metric[]> {
  /** A fresh browser profile (empty storage and cache) for each measurement that writes data. */
  async function withTarget<T>(work: (target: BenchTarget) => Promise<T>): Promise<T> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await installProbe(context);
    // Model files come from the same fake model host the e2e tests use: the real downloader stores them.
    await serveFakeModels(context);
    try {
      return await work({ context, baseURL });
    } finally {
      await context.close();
    }
  }
  const metrics: Metric[] = [];
  const wanted = (name: CaseName) => options.only === undefined || options.only === name;

  if (wanted("bundle")) {
    log("bundle sizes");
    metrics.push(...bundleMetrics(options.distDir));
  }

  if (wanted("firstVisit")) {
    log("first visit (production build)");
    metrics.push(...firstVisitMetrics(await measureFirstVisits(browser, options)));
  }

  if (wanted("startup")) {
    log("start-up");
    const startup = await withTarget((target) => measureStartup(target, options.runs));
    const warmLabel = startup.cache === "service-worker" ? "service worker, offline" : "HTTP cache, online";
    for (const [label, runs] of [
      [`Warm start (${warmLabel})`, startup.warm],
      ["Cold start (empty cache)", startup.cold],
    ] as const) {
      metrics.push(
        ms(
          label,
          "first contentful paint",
          runs.map((run) => run.firstContentfulPaintMs),
        ),
        // A start-up figure: the composer works while the model loads (a message sent then waits for it).
        ms(
          label,
          "composer interactive",
          runs.map((run) => run.composerReadyMs),
          label.startsWith("Warm") ? { op: "<=", value: 300 } : undefined,
        ),
        ms(
          label,
          "app's own composer interactive",
          runs.map((run) => run.appComposerReadyMs),
        ),
        ms(
          label,
          "model ready (fixture engine)",
          runs.map((run) => run.modelReadyMs),
        ),
      );
    }
  }

  if (wanted("streaming")) {
    for (const streaming of options.streaming) {
      const label = `Streaming ${streaming.rate === 0 ? "as fast as possible" : `${streaming.rate} tok/s`} · ${streaming.history} msgs${streaming.lock ? " · lock on" : ""}`;
      const runs: StreamingRun[] = [];
      for (let run = 0; run < options.runs; run++) {
        log(`${label}, run ${run + 1}/${options.runs}`);
        runs.push(await withTarget((target) => measureStreaming(target, streaming)));
      }
      metrics.push(...streamingMetrics(label, streaming, runs));
    }
  }

  if (wanted("open")) {
    log(`open a ${options.openMessages}-message conversation`);
    const opens = await withTarget((target) =>
      measureOpenConversation(target, options.openMessages, options.runs),
    );
    const openLabel = `Open ${options.openMessages}-message conversation`;
    const openBudget = options.openMessages >= 500 ? { op: "<=" as const, value: 150 } : undefined;
    metrics.push(
      ms(
        openLabel,
        "click to last message shown",
        opens.map((run) => run.shownMs),
        openBudget,
      ),
      ms(
        openLabel,
        "click to painted",
        opens.map((run) => run.paintedMs),
      ),
    );
  }

  if (wanted("list")) {
    log(`list ${options.listConversations} conversations`);
    const lists = await withTarget((target) =>
      measureConversationList(target, options.listConversations, options.runs),
    );
    const listLabel = `List ${options.listConversations} conversations`;
    const listBudget = options.listConversations >= 1000 ? { op: "<=" as const, value: 100 } : undefined;
    metrics.push(
      ms(
        listLabel,
        "app shell to list shown",
        lists.map((run) => run.listedMs),
        listBudget,
      ),
      ms(
        listLabel,
        "app shell to list painted",
        lists.map((run) => run.paintedMs),
      ),
      ms(
        listLabel,
        "navigation to list shown",
        lists.map((run) => run.fromNavigationMs),
      ),
      {
        group: listLabel,
        name: "conversations listed",
        unit: "count",
        values: lists.map((run) => run.listed),
        better: "higher",
      },
    );
  }

  if (wanted("looping")) {
    metrics.push(...(await loopingReplyMetrics(withTarget, options.looping, options.runs, log)));
  }

  if (wanted("documents")) {
    metrics.push(...(await documentsMetrics(browser, withTarget, options.documents, options.runs, log)));
  }

  if (wanted("firstScreens")) {
    log("first screens without the model");
    const first = await withTarget((returning) => measureFirstScreens(withTarget, returning, options.runs));
    const firstLabel = "First screens, no model needed";
    const returningLabel = first.cache === "service-worker" ? "offline" : "HTTP cache";
    metrics.push(
      ms(
        firstLabel,
        "first visit: navigation to usable model picker",
        first.firstVisit.map((run) => run.readyMs),
      ),
      ms(
        firstLabel,
        `returning user (${returningLabel}): navigation to last conversation readable`,
        first.returning.map((run) => run.readyMs),
      ),
    );
  }

  if (wanted("history")) {
    const { conversations, messagesPerConversation } = options.largeHistory;
    const history = await withTarget((target) =>
      measureLargeHistory(target, options.largeHistory, options.runs, log),
    );
    metrics.push(
      ...largeHistoryMetrics(
        `${conversations.toLocaleString("en")} conversations, ${(conversations * messagesPerConversation).toLocaleString("en")} messages`,
        conversations >= 10_000,
        history,
      ),
    );
  }
  return metrics;
}

function largeHistoryMetrics(group: string, budgeted: boolean, runs: LargeHistoryRun[]): Metric[] {
  const pick = (field: keyof LargeHistoryRun) => runs.map((run) => Number(run[field]));
  const budget = (value: number): Metric["budget"] => (budgeted ? { op: "<=", value } : undefined);
  const yes = (name: string, field: keyof LargeHistoryRun): Metric => ({
    group,
    name,
    unit: "yes/no",
    values: pick(field),
    better: "higher",
    budget: { op: ">=", value: 1 },
  });
  return [
    ms(group, "app shell to list shown", pick("listedMs")),
    ms(group, "app shell to list painted", pick("paintedMs")),
    ms(group, "navigation to list shown", pick("fromNavigationMs")),
    { group, name: "conversations in the list", unit: "count", values: pick("listed"), better: "higher" },
    ms(group, "list: scroll top to bottom, frame p95", pick("scrollFrameP95Ms"), budget(20)),
    ms(group, "list: scroll, longest task", pick("scrollLongestTaskMs")),
    yes("list: scrolled to the oldest conversation", "scrolledToOldest"),
    ms(group, "search index: build in the background", pick("indexBuildMs")),
    {
      group,
      name: "search index: messages",
      unit: "count",
      values: pick("indexedMessages"),
      better: "higher",
    },
    ms(group, "search index: longest page task while building", pick("indexBuildLongestTaskMs"), budget(50)),
    ms(group, "search: typed to results painted p50", pick("searchP50Ms")),
    ms(group, "search: typed to results painted p95", pick("searchP95Ms"), budget(100)),
    ms(group, "search: longest page task", pick("searchLongestTaskMs"), budget(50)),
    yes("search: every query found what it should", "searchCorrect"),
  ];
}

function bundleMetrics(distDir: string): Metric[] {
  const bundle = measureBundle(distDir);
  const group = "Bundle (production build)";
  const size = (name: string, bytes: number, budget?: Metric["budget"]): Metric => ({
    group,
    name,
    unit: "KB",
    values: [bytes / KB],
    better: "lower",
    ...(budget ? { budget } : {}),
  });
  const initialJs = totalOf(bundle.initialJs);
  const initialCss = totalOf(bundle.initialCss);
  const workersNamed = (name: string) => totalOf(bundle.workers.filter((file) => file.file.includes(name)));
  const engineWorker = workersNamed("webllmEngine.worker");
  const modelStoreWorker = workersNamed("modelStore.worker");
  const searchWorker = workersNamed("search.worker");
  const documents = totalOf(bundle.documents);
  const lazy = totalOf(bundle.lazy);
  const dictionaries = dictionaryChunks(bundle);
  return [
    size("initial JS, raw", initialJs.raw),
    size("initial JS, gzip", initialJs.gzip, { op: "<=", value: 130 }),
    size("initial CSS, raw", initialCss.raw),
    size("initial CSS, gzip", initialCss.gzip),
    // Only the dictionary in use is loaded, alongside opening storage, before the first render.
    size("JS before first render (English), gzip", initialJs.gzip + (dictionaries.en?.gzip ?? Number.NaN)),
    size(
      "JS before first render (Portuguese), gzip",
      initialJs.gzip + (dictionaries["pt-BR"]?.gzip ?? Number.NaN),
    ),
    size("engine worker, raw", engineWorker.raw),
    size("engine worker, gzip", engineWorker.gzip),
    size("model-store worker, gzip", modelStoreWorker.gzip),
    size("search worker, gzip", searchWorker.gzip),
    size("documents worker and its parsers, raw", documents.raw),
    size("documents worker and its parsers, gzip", documents.gzip),
    size("lazy JS+CSS, gzip", lazy.gzip),
    size("whole build (precache), raw", bundle.total.raw),
    size("whole build (precache), gzip", bundle.total.gzip),
    {
      group,
      name: "web-llm only in the worker, once",
      unit: "yes/no",
      values: [webLlmOnlyInWorkerOnce(bundle) ? 1 : 0],
      better: "higher",
      budget: { op: ">=", value: 1 },
    },
  ];
}

async function measureFirstVisits(browser: Browser, options: SuiteOptions): Promise<FirstVisitRun[]> {
  const server = await serveCounting(options.distDir);
  try {
    const runs: FirstVisitRun[] = [];
    for (let run = 0; run < options.runs; run++) runs.push(await measureFirstVisit(browser, server));
    return runs;
  } finally {
    await server.close();
  }
}

function firstVisitMetrics(runs: FirstVisitRun[]): Metric[] {
  const group = "First visit (production build)";
  const kilobytes = (name: string, pick: (run: FirstVisitRun) => number): Metric => ({
    group,
    name,
    unit: "KB",
    values: runs.map((run) => pick(run) / KB),
    better: "lower",
  });
  return [
    kilobytes("received before first paint", (run) => run.bytesBeforePaint),
    kilobytes("received before the model picker is usable", (run) => run.bytesBeforePicker),
    kilobytes("received until offline-ready (precache done)", (run) => run.bytesUntilOffline),
    ms(
      group,
      "first contentful paint",
      runs.map((run) => run.firstContentfulPaintMs),
    ),
    ms(
      group,
      "model picker usable",
      runs.map((run) => run.pickerUsableMs),
    ),
    {
      group,
      name: "web-llm's worker fetched before the picker is usable",
      unit: "yes/no",
      values: runs.map((run) => (run.engineWorkerBeforePicker ? 1 : 0)),
      better: "lower",
      budget: { op: "<=", value: 0 },
    },
    {
      group,
      name: "web-llm's worker started with no model chosen",
      unit: "yes/no",
      values: runs.map((run) => (run.engineWorkerStarted ? 1 : 0)),
      better: "lower",
      budget: { op: "<=", value: 0 },
    },
  ];
}

function streamingMetrics(group: string, options: StreamingOptions, runs: StreamingRun[]): Metric[] {
  const pick = (field: keyof StreamingRun) => runs.map((run) => run[field]);
  const budgeted = options.rate === 200 && options.history >= 500;
  const fastest = options.rate === 0;
  const metric = (
    name: string,
    unit: Metric["unit"],
    values: number[],
    better: Metric["better"],
    budget?: Metric["budget"],
  ): Metric => ({ group, name, unit, values, better, ...(budget ? { budget } : {}) });
  const metrics: Metric[] = [
    metric(
      "UI tokens/s rendered",
      "tokens/s",
      pick("renderedTokensPerSecond"),
      "higher",
      fastest ? { op: ">=", value: 1000 } : undefined,
    ),
  ];
  if (!fastest) {
    metrics.push(
      metric("offered tokens/s (engine achieved)", "tokens/s", pick("offeredTokensPerSecond"), "higher"),
      metric(
        "UI / offered",
        "%",
        runs.map((run) => (100 * run.renderedTokensPerSecond) / run.offeredTokensPerSecond),
        "higher",
        budgeted ? { op: ">=", value: 99 } : undefined,
      ),
    );
  }
  metrics.push(
    metric(
      "main-thread busy",
      "%",
      runs.map((run) => 100 * run.busyShare),
      "lower",
    ),
    metric("long tasks (> 50 ms)", "count", pick("longTaskCount"), "lower"),
    metric(
      "longest task",
      "ms",
      pick("longestTaskMs"),
      "lower",
      budgeted ? { op: "<=", value: 50 } : undefined,
    ),
    metric("frame time p50", "ms", pick("frameP50Ms"), "lower"),
    metric(
      "frame time p95",
      "ms",
      pick("frameP95Ms"),
      "lower",
      budgeted ? { op: "<=", value: 20 } : undefined,
    ),
    metric("engine overhead: worker message to DOM p50", "ms", pick("tokenToDomP50Ms"), "lower"),
    metric("engine overhead: worker message to DOM p95", "ms", pick("tokenToDomP95Ms"), "lower"),
    metric("engine overhead: main-thread time per token", "ms", pick("mainThreadMsPerToken"), "lower"),
    metric(
      "IndexedDB write transactions (one reply)",
      "count",
      pick("idbWriteTransactions"),
      "lower",
      fastest ? undefined : { op: "<=", value: writeTransactionBudget(options) },
    ),
    metric(
      "IndexedDB bytes written (one reply)",
      "KB",
      runs.map((run) => run.idbBytes / KB),
      "lower",
    ),
  );
  return metrics;
}

/**
 * A reply is saved about once a second, so a killed tab loses at most ~1 s of it (issue 14's bound): one write
 * transaction per second of reply, plus its start and its end, and one for timing slack. As fast as possible a
 * reply takes about a second or two; its figure is reported without a budget.
 */
function writeTransactionBudget(options: StreamingOptions): number {
  return Math.ceil(options.replyTokens / options.rate) + 3;
}

function ms(group: string, name: string, values: number[], budget?: Metric["budget"]): Metric {
  return { group, name, unit: "ms", values, better: "lower", ...(budget ? { budget } : {}) };
}
