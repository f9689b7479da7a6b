/**
 * Years of use: thousands of conversations, hundreds of thousands of messages, seeded once. Each run reloads
 * the app as a returning user and measures the conversation list from the app shell; the search index's build
 * in the background (from the page opening it to nothing left to read) and the longest task it causes on the
 * page; queries typed into the search box until their results are painted; and scrolling the whole list.
 */
import type { Page } from "@playwright/test";
import { historyTitleStart, seedHistory, type HistorySpec } from "../lib/historySeed";
import { benchUrl, type BenchTarget } from "../lib/session";
import { percentile } from "../lib/stats";

export interface LargeHistoryOptions {
  conversations: number;
  messagesPerConversation: number;
}

export interface LargeHistoryRun {
  listedMs: number;
  paintedMs: number;
  fromNavigationMs: number;
  /** The list's length as the first row announces it (aria-setsize): every conversation is in the list. */
  listed: number;
  indexBuildMs: number;
  indexedMessages: number;
  indexBuildLongestTaskMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  searchLongestTaskMs: number;
  /** Whether every query found what it should (the needle once, the absent word never, …). */
  searchCorrect: boolean;
  scrollFrameP95Ms: number;
  scrollLongestTaskMs: number;
  /** Whether the bottom of the list, after scrolling, shows the oldest conversation. */
  scrolledToOldest: boolean;
}

const NEEDLE = "the zeppelin password is mauve";

/** The queries, each typed this many times per run, and how many hits each must find. */
const REPEATS = 3;
function queries(spec: HistorySpec): { query: string; hits: (count: number) => boolean }[] {
  const some = (count: number) => count > 0;
  return [
    { query: "zeppelin password", hits: (count) => count === 1 },
    { query: "ZEPPELIN", hits: (count) => count === 1 },
    { query: historyTitleStart(spec.conversations - 1), hits: (count) => count === 1 },
    { query: "no such word anywhere", hits: (count) => count === 0 },
    { query: "contract", hits: some },
    { query: "relatorio", hits: some },
    { query: "AÇÃO", hits: some },
    // Two words in a row: how many times they meet depends on the draw, so any count will do.
    { query: "budget quarter", hits: () => true },
  ];
}

export async function measureLargeHistory(
  target: BenchTarget,
  options: LargeHistoryOptions,
  runs: number,
  log: (line: string) => void,
): Promise<LargeHistoryRun[]> {
  const spec: HistorySpec = {
    ...options,
    wordsPerMessage: 45,
    // Deep in the history, in an old conversation's late message: a search must read nearly everything.
    needles: [
      {
        conversation: Math.floor(options.conversations * 0.8),
        message: options.messagesPerConversation - 2,
        text: NEEDLE,
      },
    ],
  };
  const url = benchUrl(target.baseURL);
  const setup = await target.context.newPage();
  await setup.goto(url);
  await setup.getByRole("button", { name: "New chat" }).waitFor();
  log(`seeding ${options.conversations} conversations × ${options.messagesPerConversation} messages`);
  await seedHistory(setup, spec);
  await setup.close();

  const results: LargeHistoryRun[] = [];
  for (let run = 0; run < runs; run++) {
    log(`large history, run ${run + 1}/${runs}`);
    const page = await target.context.newPage();
    try {
      results.push(await oneRun(page, url, spec));
    } finally {
      await page.close();
    }
  }
  return results;
}

async function oneRun(page: Page, url: string, spec: HistorySpec): Promise<LargeHistoryRun> {
  const newest = historyTitleStart(0);
  await page.addInitScript({
    content: `window.__benchProbe.watchStartup({ listedTitle: ${JSON.stringify(newest)} });`,
  });
  await page.goto(url);
  const startup = await valueOf(page, () => {
    const times = (window as unknown as BenchWindow).__benchProbe.startupTimes();
    return times.listPaintedAt !== undefined ? times : undefined;
  });
  // The first screen of the list comes first and the rest a moment later: wait for the whole list (or say how
  // much of it came).
  const firstRow = page.getByRole("navigation", { name: "Conversations" }).getByRole("listitem").first();
  await page
    .waitForFunction(
      (count) =>
        document.querySelector('nav[aria-label="Conversations"] li')?.getAttribute("aria-setsize") ===
        String(count),
      spec.conversations,
      { timeout: 30_000, polling: 100 },
    )
    .catch(() => undefined);
  const listed = Number(await firstRow.getAttribute("aria-setsize"));

  // The index starts once the app is idle; the build is over when nothing is left to read.
  const build = await valueOf(
    page,
    () => {
      const times = (window as unknown as BenchWindow).__benchHistory.indexBuildTimes();
      return times.readyAt !== undefined ? times : undefined;
    },
    300_000,
  );

  const all = queries(spec);
  const typed = all.flatMap((entry) => Array<string>(REPEATS).fill(entry.query));
  const searched = await page.evaluate(
    (list) => (window as unknown as BenchWindow).__benchHistory.timeSearches(list),
    typed,
  );
  const searchCorrect = searched.result.every((run) =>
    all.find((entry) => entry.query === run.query)!.hits(run.hits),
  );
  const times = searched.result.map((run) => run.ms);

  const scrolled = await page.evaluate(() =>
    (window as unknown as BenchWindow).__benchHistory.timeScroll(120),
  );
  return {
    listedMs: startup.listedAt! - startup.shellAt!,
    paintedMs: startup.listPaintedAt! - startup.shellAt!,
    fromNavigationMs: startup.listedAt!,
    listed,
    indexBuildMs: build.readyAt! - build.openedAt!,
    indexedMessages: build.messages,
    indexBuildLongestTaskMs: build.longestTaskMs,
    searchP50Ms: percentile(times, 50),
    searchP95Ms: percentile(times, 95),
    searchLongestTaskMs: searched.longestTaskMs,
    searchCorrect,
    scrollFrameP95Ms: percentile(scrolled.result.frames, 95),
    scrollLongestTaskMs: scrolled.longestTaskMs,
    scrolledToOldest: scrolled.result.lastTitle.startsWith(historyTitleStart(spec.conversations - 1)),
  };
}

/** Waits until `read` (run in the page) gives a value, and returns it. */
async function valueOf<T>(page: Page, read: () => T | undefined, timeout = 60_000): Promise<T> {
  const handle = await page.waitForFunction(read, undefined, { timeout, polling: 100 });
  const value = (await handle.jsonValue()) as T | undefined;
  if (value === undefined) throw new Error("The page never reached the state the benchmark waited for.");
  return value;
}

interface BenchWindow {
  __benchProbe: {
    startupTimes(): { shellAt?: number; listedAt?: number; listPaintedAt?: number };
  };
  __benchHistory: {
    indexBuildTimes(): { openedAt?: number; readyAt?: number; messages: number; longestTaskMs: number };
    timeSearches(
      queries: string[],
    ): Promise<{ result: { query: string; ms: number; hits: number }[]; longestTaskMs: number }>;
    timeScroll(steps: number): Promise<{
      result: { frames: number[]; lastTitle: string; rendered: number };
      longestTaskMs: number;
    }>;
  };
}
