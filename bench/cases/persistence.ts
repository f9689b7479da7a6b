/**
 * Reading back: opening a long conversation from the sidebar, and listing many conversations at start-up.
 * (Writes per reply are counted during the streaming runs.) Each run reloads the page, so nothing is
 * already in memory.
 */
import { conversation, lastMarker, records, returningUser } from "../lib/seedData";
import { benchUrl, openSeeded, type BenchTarget } from "../lib/session";

export interface OpenRun {
  /** Click to the last message's text in the list. */
  shownMs: number;
  /** Click to the frame after that, painted. */
  paintedMs: number;
}

export async function measureOpenConversation(
  target: BenchTarget,
  messages: number,
  runs: number,
): Promise<OpenRun[]> {
  const now = Date.now();
  const long = conversation("bench-long", "Long conversation", messages, now - 60_000);
  const recent = conversation("bench-recent", "Recent conversation", 4, now);
  const url = benchUrl(target.baseURL);
  const page = await target.context.newPage();
  try {
    await openSeeded(page, url, returningUser(records([long, recent])));
    const results: OpenRun[] = [];
    for (let run = 0; run < runs; run++) {
      if (run > 0) await page.reload();
      // The app opens the newest conversation on start; the Markdown renderer is loaded by then.
      await page.getByRole("list", { name: "Messages" }).getByText(lastMarker(recent.id)).waitFor();
      results.push(
        await page.evaluate(
          ([title, marker]) =>
            (window as unknown as ProbeWindow).__benchProbe.timeOpenConversation(title, marker),
          [long.title, lastMarker(long.id)] as const,
        ),
      );
    }
    return results;
  } finally {
    await page.close();
  }
}

export interface ListRun {
  /** From the app shell on screen to the conversation list rendered. */
  listedMs: number;
  /** The same, to the frame after, painted. */
  paintedMs: number;
  /** Navigation start to the list rendered. */
  fromNavigationMs: number;
  listed: number;
}

export async function measureConversationList(
  target: BenchTarget,
  count: number,
  runs: number,
): Promise<ListRun[]> {
  const now = Date.now();
  const all = Array.from({ length: count }, (_, index) =>
    conversation(
      `bench-list-${index}`,
      index === 0 ? "Newest conversation" : `Conversation ${index + 1}`,
      2,
      now - index * 60_000,
    ),
  );
  const newestTitle = all[0]!.title;
  const url = benchUrl(target.baseURL);
  const setup = await target.context.newPage();
  await openSeeded(setup, url, returningUser(records(all)));
  await setup.close();
  const results: ListRun[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await target.context.newPage();
    try {
      await page.addInitScript({
        content: `window.__benchProbe.watchStartup({ listedTitle: ${JSON.stringify(newestTitle)} });`,
      });
      await page.goto(url);
      await page.waitForFunction(
        () => (window as unknown as ProbeWindow).__benchProbe.startupTimes().listPaintedAt,
      );
      const times = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.startupTimes());
      if (times.shellAt === undefined || times.listedAt === undefined || times.listPaintedAt === undefined) {
        throw new Error("The conversation list run missed the app shell or the list.");
      }
      results.push({
        listedMs: times.listedAt - times.shellAt,
        paintedMs: times.listPaintedAt - times.shellAt,
        fromNavigationMs: times.listedAt,
        listed: times.listed ?? 0,
      });
    } finally {
      await page.close();
    }
  }
  return results;
}

interface ProbeWindow {
  __benchProbe: {
    timeOpenConversation(title: string, lastText: string): Promise<OpenRun>;
    startupTimes(): { shellAt?: number; listedAt?: number; listPaintedAt?: number; listed?: number };
  };
}
