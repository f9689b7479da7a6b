import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import type { Language } from "../../../i18n/language";
import type { RenderResult } from "../pipeline/protocol";
import type { RenderEntry } from "./markdownRenderer";
import { sharedMarkdownRenderer } from "./sharedRenderer";

/** What a chunk shows: its rendering, or while a new one is on its way, the last one it had. Undefined before any. */
export type ShownRendering = RenderResult | undefined;

const snapshots = new WeakMap<readonly RenderEntry[], readonly ShownRendering[]>();

/**
 * The renderings of a reply's chunks, asked of the shared Markdown worker. While a chunk's new text is being
 * formatted (the growing end of a streaming reply), the chunk keeps showing its last rendering rather than
 * flashing back to plain text.
 */
export function useRenderedChunks(
  chunks: readonly string[],
  language: Language,
  /** Which chunks to format and show formatted (the others show as text, even with a rendering kept); all if absent. */
  wanted?: readonly boolean[],
): readonly ShownRendering[] {
  const renderer = sharedMarkdownRenderer();
  const entries = useMemo(
    () => chunks.map((chunk) => renderer.entry(chunk, language)),
    [renderer, chunks, language],
  );
  const subscribe = useCallback(
    (listener: () => void) => {
      const unsubscribes = entries
        .filter((_, index) => wanted?.[index] ?? true)
        .map((entry) => renderer.subscribe(entry, listener));
      return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
    },
    [renderer, entries, wanted],
  );
  const results = useSyncExternalStore(subscribe, () => snapshotOf(entries));

  // The last rendering each chunk had, kept across its text changing (React's "previous render" pattern).
  const [last, setLast] = useState<readonly ShownRendering[]>([]);
  const shown = results.map((result, index) => result ?? last[index]);
  if (!sameItems(shown, last)) setLast(shown);
  // A kept rendering is not shown either: building a long reply's elements is what costs, not formatting it.
  return wanted ? shown.map((rendering, index) => (wanted[index] ? rendering : undefined)) : shown;
}

/** The entries' results, the same array for as long as none of them changes (what useSyncExternalStore needs). */
function snapshotOf(entries: readonly RenderEntry[]): readonly ShownRendering[] {
  const previous = snapshots.get(entries);
  const current = entries.map((entry) => entry.result);
  if (previous && sameItems(previous, current)) return previous;
  snapshots.set(entries, current);
  return current;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
