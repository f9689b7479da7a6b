import type { Language } from "../../../i18n/language";
import type { RenderRequest, RenderResponse, RenderResult } from "../pipeline/protocol";

/** How long one chunk may take to format before the worker is stopped and the chunk shown as plain text. */
export const SLOW_RENDER_MS = 15_000;
/** Characters of source whose renderings are kept, so a conversation opened again shows formatted at once. */
const CACHED_CHARS = 2_000_000;
/** Texts that took too long, kept so that neither they nor a longer text streaming on from them are tried again. */
const SLOW_TEXTS_KEPT = 16;

/** The page's end of a Markdown worker. */
export interface RendererPort {
  post(request: RenderRequest): void;
  terminate(): void;
}

export type PortFactory = (events: {
  response(response: RenderResponse): void;
  crashed(): void;
}) => RendererPort;

/** The rendering of one chunk of text in one language: pending (undefined) until the worker answers. */
export interface RenderEntry {
  readonly text: string;
  readonly result: RenderResult | undefined;
}

interface Entry extends RenderEntry {
  readonly key: string;
  readonly language: Language;
  result: RenderResult | undefined;
  readonly listeners: Set<() => void>;
  queued: boolean;
}

/**
 * Formats chunks of replies in a worker, one at a time, and keeps the results. A chunk is formatted only while
 * someone is subscribed to it: a streaming chunk overtaken by its next version is skipped. A chunk that takes
 * longer than `slowMs` stops the worker (the only way to stop a parser that is stuck) and is shown as plain
 * text; a new worker takes the next chunk.
 */
export class MarkdownRenderer {
  private readonly entries = new Map<string, Entry>(); // oldest use first
  private readonly queue: Entry[] = [];
  private readonly slowTexts: string[] = [];
  private inFlight: { id: number; entry: Entry; timer: ReturnType<typeof setTimeout> } | undefined;
  private port: RendererPort | undefined;
  private portGeneration = 0;
  private nextId = 1;
  private cachedChars = 0;

  constructor(
    private readonly createPort: PortFactory,
    private readonly slowMs: number = SLOW_RENDER_MS,
  ) {}

  /** The entry for `text`; it is formatted once subscribed to. */
  entry(text: string, language: Language): RenderEntry {
    const key = `${language}\n${text}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-inserted below: most recently used
    } else {
      const slow = this.slowTexts.some((slowText) => text.startsWith(slowText));
      const result: RenderResult | undefined = slow ? { kind: "plain", reason: "too-slow" } : undefined;
      entry = { key, text, language, result, listeners: new Set(), queued: false };
      this.cachedChars += text.length;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** Calls `listener` when the entry's result arrives; asks for the result if it is not there yet. */
  subscribe(renderEntry: RenderEntry, listener: () => void): () => void {
    const entry = renderEntry as Entry;
    entry.listeners.add(listener);
    if (!entry.result && !entry.queued && this.inFlight?.entry !== entry) {
      entry.queued = true;
      this.queue.push(entry);
      this.pump();
    }
    return () => entry.listeners.delete(listener);
  }

  private pump(): void {
    while (!this.inFlight && this.queue.length > 0) {
      const entry = this.queue.shift()!;
      entry.queued = false;
      if (entry.listeners.size === 0 || entry.result) continue; // no longer shown
      const id = this.nextId++;
      const timer = setTimeout(() => this.giveUp(id, "too-slow"), this.slowMs);
      this.inFlight = { id, entry, timer };
      try {
        this.portNow().post({ id, text: entry.text, language: entry.language });
      } catch {
        this.giveUp(id, "failed");
      }
    }
  }

  private portNow(): RendererPort {
    if (!this.port) {
      const generation = ++this.portGeneration;
      const current = () => generation === this.portGeneration;
      this.port = this.createPort({
        response: (response) => current() && this.receive(response),
        crashed: () => current() && this.inFlight && this.giveUp(this.inFlight.id, "failed"),
      });
    }
    return this.port;
  }

  private receive({ id, result }: RenderResponse): void {
    if (this.inFlight?.id !== id) return;
    const { entry, timer } = this.inFlight;
    clearTimeout(timer);
    this.inFlight = undefined;
    this.settle(entry, result);
    this.pump();
  }

  /** Stops the worker (it may be stuck in this chunk) and shows the chunk as plain text. */
  private giveUp(id: number, reason: "too-slow" | "failed"): void {
    if (this.inFlight?.id !== id) return;
    const { entry, timer } = this.inFlight;
    clearTimeout(timer);
    this.inFlight = undefined;
    this.port?.terminate();
    this.port = undefined;
    this.portGeneration += 1;
    this.slowTexts.push(entry.text);
    if (this.slowTexts.length > SLOW_TEXTS_KEPT) this.slowTexts.shift();
    this.settle(entry, { kind: "plain", reason });
    this.pump();
  }

  private settle(entry: Entry, result: RenderResult): void {
    entry.result = result;
    for (const listener of [...entry.listeners]) listener();
    this.evict();
  }

  /** Forgets the least recently used renderings no one shows, past the cache's size. */
  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.cachedChars <= CACHED_CHARS) return;
      if (entry.listeners.size > 0 || entry.queued || this.inFlight?.entry === entry) continue;
      this.entries.delete(key);
      this.cachedChars -= entry.text.length;
    }
  }
}
