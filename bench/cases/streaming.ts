/**
 * Streaming: the fixture engine streams a long reply at a set rate at the end of a seeded conversation; the
 * probe records when each token arrived from the worker and when the message list next changed after it,
 * the frames, long tasks and IndexedDB writes; Chrome's own counters give the main thread's busy time.
 */
import type { CDPSession, Page } from "@playwright/test";
import { conversation, lastMarker, records, returningUser } from "../lib/seedData";
import { benchUrl, openSeeded, waitForModelReady, type BenchTarget } from "../lib/session";
import { percentile } from "../lib/stats";

export interface StreamingOptions {
  /** Offered tokens per second; 0 = as fast as the engine can send them. */
  rate: number;
  /** Messages already in the conversation. */
  history: number;
  replyTokens: number;
  /** The lock on: every record is sealed (encrypted) before it is written. */
  lock?: boolean;
}

export interface StreamingRun {
  tokens: number;
  /** What the fixture engine reports it achieved (its decode rate). */
  offeredTokensPerSecond: number;
  /** Tokens per second from first to last token reaching the DOM. */
  renderedTokensPerSecond: number;
  busyShare: number;
  longTaskCount: number;
  longestTaskMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  /** Worker message to DOM update, per token. */
  tokenToDomP50Ms: number;
  tokenToDomP95Ms: number;
  mainThreadMsPerToken: number;
  idbWriteTransactions: number;
  idbBytes: number;
}

interface ProbeRecording {
  deltaArrivals: number[];
  deltaRendered: (number | null)[];
  latencies: number[];
  chatResults: { stats?: { completionTokens: number; decodeTokensPerSecond: number } }[];
  frames: number[];
  longTasks: number[];
  idbWriteTransactions: number;
  idbBytes: number;
}

/** After the reply ends the app writes its final state; give it this long to land before counting stops. */
const SETTLE_MS = 500;

export async function measureStreaming(
  target: BenchTarget,
  options: StreamingOptions,
): Promise<StreamingRun> {
  const page = await target.context.newPage();
  try {
    const id = `bench-stream-${options.history}`;
    const seeded = conversation(id, "Streaming benchmark", options.history, Date.now());
    const url = benchUrl(target.baseURL, { rate: options.rate, replyTokens: options.replyTokens });
    await openSeeded(page, url, returningUser(records([seeded])));
    await waitForModelReady(page);
    await page.getByRole("list", { name: "Messages" }).getByText(lastMarker(id)).waitFor();
    if (options.lock) await turnOnLock(page);
    return await streamOneReply(page, options);
  } finally {
    await page.close();
  }
}

/** Turns the lock on as a person does (the conversation is sealed as it is now, and so is every write after). */
async function turnOnLock(page: Page): Promise<void> {
  const passphrase = "bench passphrase, not secret";
  // Security lives in Settings now: open it from the sidebar, then the Security panel from its section.
  await page.getByRole("button", { name: "Settings", exact: true }).click();
  const settings = page.getByRole("dialog", { name: "Settings", exact: true });
  await settings.getByRole("button", { name: "Security", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Security" });
  await dialog.getByLabel("New passphrase").fill(passphrase);
  await dialog.getByLabel("Repeat passphrase").fill(passphrase);
  await dialog.getByRole("checkbox", { name: /cannot be recovered/ }).check();
  await dialog.getByRole("button", { name: "Turn on lock" }).click();
  await dialog.getByText("The lock is on. Your conversations are encrypted.").waitFor({ timeout: 60_000 });
  await dialog.getByRole("button", { name: "Close" }).click();
  await settings.getByRole("button", { name: "Close" }).first().click();
  await settings.waitFor({ state: "hidden" });
}

async function streamOneReply(page: Page, options: StreamingOptions): Promise<StreamingRun> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill("Please write a long answer about summarising documents.");
  const before = await mainThreadCounters(cdp);
  await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.startStreaming());
  await composer.press("Enter");
  const timeout = 60_000 + (options.rate > 0 ? (options.replyTokens / options.rate) * 2000 : 0);
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchProbe.replyDone(), undefined, {
    timeout,
    polling: 50,
  });
  await page.getByRole("button", { name: "Send" }).waitFor();
  const after = await mainThreadCounters(cdp);
  await page.waitForTimeout(SETTLE_MS);
  const recording = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__benchProbe.stopStreaming(),
  );
  await cdp.detach();
  return summarizeRecording(recording, options, after.taskSeconds - before.taskSeconds, after.at - before.at);
}

function summarizeRecording(
  recording: ProbeRecording,
  options: StreamingOptions,
  taskSeconds: number,
  wallSeconds: number,
): StreamingRun {
  const stats = recording.chatResults[0]?.stats;
  const tokens = recording.deltaArrivals.length;
  if (!stats || stats.completionTokens !== options.replyTokens || tokens !== options.replyTokens) {
    throw new Error(
      `Expected a ${options.replyTokens}-token reply; the engine reported ${stats?.completionTokens} and the page saw ${tokens}.`,
    );
  }
  const rendered = recording.deltaRendered;
  const first = rendered[0];
  const last = rendered[tokens - 1];
  if (first == null || last == null) throw new Error("Some streamed tokens never reached the message list.");
  return {
    tokens,
    offeredTokensPerSecond: stats.decodeTokensPerSecond,
    renderedTokensPerSecond: last > first ? ((tokens - 1) * 1000) / (last - first) : Number.POSITIVE_INFINITY,
    busyShare: taskSeconds / wallSeconds,
    longTaskCount: recording.longTasks.length,
    longestTaskMs: Math.max(0, ...recording.longTasks),
    frameP50Ms: percentile(recording.frames, 50),
    frameP95Ms: percentile(recording.frames, 95),
    tokenToDomP50Ms: percentile(recording.latencies, 50),
    tokenToDomP95Ms: percentile(recording.latencies, 95),
    mainThreadMsPerToken: (taskSeconds * 1000) / tokens,
    idbWriteTransactions: recording.idbWriteTransactions,
    idbBytes: recording.idbBytes,
  };
}

/** Chrome's cumulative main-thread task time and its clock, both in seconds. */
async function mainThreadCounters(cdp: CDPSession): Promise<{ taskSeconds: number; at: number }> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { taskSeconds: value("TaskDuration"), at: value("Timestamp") };
}

interface ProbeWindow {
  __benchProbe: {
    startStreaming(): void;
    replyDone(): boolean;
    stopStreaming(): ProbeRecording;
  };
}
