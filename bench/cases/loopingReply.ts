/**
 * A looping reply: what a small model stuck in a loop writes, nested thousands of levels deep. The page's main
 * thread is watched while such a reply streams in (as many tokens as a reply may have, 4,096) and while a stored
 * one of 50,000 tokens is opened (and, to compare, ordinary Markdown of the same length): its longest task, its
 * total blocking time (the part of each task past 50 ms, as Lighthouse counts it), how many long tasks, the
 * frames, and how long until the reply shows formatted.
 */
import type { Page } from "@playwright/test";
import type { Conversation, Message } from "../../src/domain/conversation";
import { DEFAULT_GENERATION_SETTINGS } from "../../src/domain/generationSettings";
import type { Metric } from "../lib/report";
import { BENCH_MODEL_ID, returningUser } from "../lib/seedData";
import { benchUrl, openSeeded, waitForModelReady, type BenchTarget } from "../lib/session";
import { percentile } from "../lib/stats";

export interface LoopingRun {
  longestTaskMs: number;
  totalBlockingMs: number;
  longTaskCount: number;
  frameP95Ms: number;
  /** From Enter (streamed) or the click (stored) until the whole reply shows formatted. */
  untilFormattedMs: number;
}

/** One loop of nesting: a quote holding a list item (two tokens). */
const LOOP = "> - ";
const TOKENS_PER_LOOP = 2;
/** The note under a reply nested past the limit: it shows once the reply is formatted. */
const LIMITED_NOTE = "too deeply nested or too large to format";
/** The most a reply may have (the app's cap on "Max reply tokens"). */
export const STREAMED_TOKENS = 4096;

interface ProbeWindow {
  __benchProbe: {
    startStreaming(): void;
    replyDone(): boolean;
    stopStreaming(): { frames: number[]; longTasks: number[] };
  };
}

function chat(id: string, title: string, turns: readonly [string, string][], updatedAt: number) {
  const messages: Message[] = turns.flatMap(([question, reply], turn) =>
    [question, reply].map((content, index) => ({
      id: `${id}-m${turn * 2 + index}`,
      conversationId: id,
      parentId: turn === 0 && index === 0 ? null : `${id}-m${turn * 2 + index - 1}`,
      role: index === 0 ? ("user" as const) : ("assistant" as const),
      content,
      createdAt: updatedAt - 10_000 + turn * 2 + index,
      status: "complete" as const,
      ...(index === 0 ? {} : { modelId: BENCH_MODEL_ID, finishReason: "stop" as const }),
    })),
  );
  const conversation: Conversation = {
    id,
    title,
    titled: true,
    createdAt: updatedAt - 10_000,
    updatedAt,
    // Room for a reply as long as a reply may be.
    settings: { ...DEFAULT_GENERATION_SETTINGS, maxTokens: STREAMED_TOKENS },
  };
  return { conversation, messages };
}

function seedOf(chats: ReturnType<typeof chat>[]) {
  return returningUser({
    conversations: chats.map((entry) => entry.conversation),
    messages: chats.flatMap((entry) => entry.messages),
  });
}

/** Streams a looping reply of `tokens` tokens at `rate` tokens per second (0: as fast as the engine can). */
export async function measureLoopingStream(
  target: BenchTarget,
  tokens: number,
  rate: number,
): Promise<LoopingRun> {
  const page = await target.context.newPage();
  try {
    const now = Date.now();
    const seed = seedOf([chat("bench-looping", "Looping model", [["Hello", "Hello! How can I help?"]], now)]);
    await openSeeded(page, benchUrl(target.baseURL, { rate }), seed);
    await waitForModelReady(page);
    const composer = page.getByRole("textbox", { name: "Message" });
    // The fixture engine writes the loop back; each loop is two tokens, the end two more.
    await composer.fill(`echo-repeat: ${tokens / TOKENS_PER_LOOP - 1} "${LOOP}" the end`);
    await startRecording(page);
    const started = Date.now();
    await composer.press("Enter");
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchProbe.replyDone(), undefined, {
      timeout: 120_000 + (rate > 0 ? (tokens / rate) * 2000 : 0),
      polling: 50,
    });
    const reply = page.getByRole("listitem", { name: "Assistant said" }).last();
    await reply.getByText(LIMITED_NOTE).waitFor({ timeout: 120_000 });
    await reply.getByText("the end").waitFor({ timeout: 120_000 });
    return await stopRecording(page, Date.now() - started);
  } finally {
    await page.close();
  }
}

/** A reply of about `tokens` tokens: the loop, or (to compare) ordinary Markdown prose of the same length. */
function storedReply(kind: "looping" | "ordinary", tokens: number): string {
  if (kind === "looping") return `${LOOP.repeat(tokens / TOKENS_PER_LOOP - 1)}the end`;
  const section =
    "## A section\n\nSome **ordinary** prose with `code`, a [link](https://example.org) and more words.\n\n";
  const sectionTokens = section.split(/\s+/).filter(Boolean).length;
  return `${section.repeat(Math.ceil(tokens / sectionTokens))}**the end**`;
}

/** Opens a stored reply of `tokens` tokens (a file, or a model with a longer context, can hold one). */
export async function measureOpenStored(
  target: BenchTarget,
  tokens: number,
  kind: "looping" | "ordinary",
): Promise<LoopingRun> {
  const page = await target.context.newPage();
  try {
    const now = Date.now();
    const seed = seedOf([
      chat("bench-stored", "Stored reply", [["Write a list", storedReply(kind, tokens)]], now - 60_000),
      chat("bench-other", "Another conversation", [["Hello", "Hello! How can I help?"]], now),
    ]);
    await openSeeded(page, benchUrl(target.baseURL), seed);
    await waitForModelReady(page);
    await startRecording(page);
    const started = Date.now();
    await page
      .getByRole("navigation", { name: "Conversations" })
      .getByRole("button", { name: "Stored reply", exact: true })
      .click();
    const reply = page.getByRole("listitem", { name: "Assistant said" }).last();
    const formatted =
      kind === "looping"
        ? reply.getByText(LIMITED_NOTE)
        : reply.getByRole("strong").filter({ hasText: "the end" });
    await formatted.waitFor({ timeout: 120_000 });
    return await stopRecording(page, Date.now() - started);
  } finally {
    await page.close();
  }
}

function startRecording(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.startStreaming());
}

async function stopRecording(page: Page, untilFormattedMs: number): Promise<LoopingRun> {
  const { frames, longTasks } = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__benchProbe.stopStreaming(),
  );
  return {
    longestTaskMs: Math.max(0, ...longTasks),
    totalBlockingMs: longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    longTaskCount: longTasks.length,
    frameP95Ms: percentile(frames, 95),
    untilFormattedMs,
  };
}

export interface LoopingOptions {
  /** Streaming rates to measure (tokens per second; 0 = as fast as the engine can send them). */
  rates: number[];
  streamedTokens: number;
  storedTokens: number;
}

type WithTarget = <T>(work: (target: BenchTarget) => Promise<T>) => Promise<T>;

/** The looping-reply cases, as metrics: each run in a fresh browser profile. */
export async function loopingReplyMetrics(
  withTarget: WithTarget,
  options: LoopingOptions,
  runs: number,
  log: (line: string) => void,
): Promise<Metric[]> {
  const metrics: Metric[] = [];
  for (const rate of options.rates) {
    const group = `Looping reply streamed (${options.streamedTokens} tokens, ${rate === 0 ? "as fast as possible" : `${rate} tok/s`})`;
    const results: LoopingRun[] = [];
    for (let run = 0; run < runs; run++) {
      log(`${group}, run ${run + 1}/${runs}`);
      results.push(await withTarget((target) => measureLoopingStream(target, options.streamedTokens, rate)));
    }
    metrics.push(...loopingMetrics(group, results));
  }
  // The same length of ordinary Markdown, to tell what the loop costs from what so much text costs.
  for (const kind of ["looping", "ordinary"] as const) {
    const group = `Open a stored ${kind} reply (${options.storedTokens} tokens)`;
    const results: LoopingRun[] = [];
    for (let run = 0; run < runs; run++) {
      log(`${group}, run ${run + 1}/${runs}`);
      results.push(await withTarget((target) => measureOpenStored(target, options.storedTokens, kind)));
    }
    metrics.push(...loopingMetrics(group, results));
  }
  return metrics;
}

function loopingMetrics(group: string, runs: LoopingRun[]): Metric[] {
  const metric = (
    name: string,
    unit: Metric["unit"],
    field: keyof LoopingRun,
    budget?: Metric["budget"],
  ): Metric => ({
    group,
    name,
    unit,
    values: runs.map((run) => run[field]),
    better: "lower",
    ...(budget ? { budget } : {}),
  });
  return [
    metric("longest main-thread task", "ms", "longestTaskMs", { op: "<=", value: 50 }),
    metric("total blocking time", "ms", "totalBlockingMs"),
    metric("long tasks (> 50 ms)", "count", "longTaskCount"),
    metric("frame time p95", "ms", "frameP95Ms"),
    metric("until shown formatted", "ms", "untilFormattedMs"),
  ];
}
