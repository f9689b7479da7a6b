import {
  Fragment as ReactFragment,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Root } from "hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { CodeBlock } from "./CodeBlock";
import { splitMarkdownChunks } from "./markdownBlocks";
import { useRenderedChunks, type ShownRendering } from "./renderer/useRenderedChunks";
import { useLanguage, useT } from "../../i18n/useT";
import { CITATION_TAG, withCitationLinks } from "../documents/citationTree";
import { CitationButton } from "../documents/DocumentCitations";
import "./markdown.css";
import { PlainText } from "../../app/PlainText";

const COMPONENTS: Partial<Components> = { pre: CodeBlock, [CITATION_TAG]: CitationButton };

/**
 * Renders an assistant reply's Markdown (GFM) safely: raw HTML shows as text, images are never loaded, only
 * http(s)/mailto links are clickable. Code in a known language is syntax-highlighted and `$…$` / `$$…$$` math is
 * typeset with KaTeX.
 *
 * The Markdown is parsed in a worker (see renderer/markdownRenderer.ts), chunk by chunk (see markdownBlocks.ts):
 * no reply, however deep or large, can block the page, and while a reply streams only its growing last chunk is
 * parsed again. A chunk shows as plain text until its first rendering arrives, and stays plain text if it cannot
 * be formatted; what was past a nesting or size limit is shown as text, and a note under the reply says so.
 *
 * Default export so the chat can `React.lazy` it and keep the renderer out of the initial bundle.
 */
function MarkdownMessage({ text, citationCount = 0 }: { text: string; citationCount?: number }) {
  const t = useT();
  const chunks = useMemo(() => (text === "" ? [] : splitMarkdownChunks(text)), [text]);
  const long = chunks.length > 1;
  // A long reply's chunks are formatted once they come near the screen (and its last one at once: where a reply
  // is read first, and where it grows): opening a 306,000-character reply formatted and built every element of
  // it, most of them far out of sight, in tasks of most of a second.
  const [nearScreen, setNearScreen] = useState<ReadonlySet<number>>(() => new Set());
  const wanted = useMemo(
    () =>
      chunks.map(
        (_, index) => !long || !SKIPS_OFF_SCREEN || nearScreen.has(index) || index === chunks.length - 1,
      ),
    [chunks, long, nearScreen],
  );
  const onNearScreen = useCallback(
    (index: number) => setNearScreen((seen) => (seen.has(index) ? seen : new Set(seen).add(index))),
    [],
  );
  const renderings = useRenderedChunks(chunks, useLanguage(), wanted);
  const plain = renderings.some((rendering) => rendering?.kind === "plain");
  const limited = renderings.some((rendering) => rendering?.kind === "formatted" && rendering.limited);
  const math = renderings.some((rendering) => rendering?.kind === "formatted" && rendering.math);
  useEffect(() => {
    if (math) void import("./mathStyles");
  }, [math]);

  return (
    // A reply of several chunks lays out only the chunks near the screen (content-visibility in markdown.css):
    // a 306,000-character one was seconds of style and layout on the main thread for what no one could see.
    <div className={chunks.length > 1 ? "md-root md-long" : "md-root"}>
      {chunks.map((chunk, index) => (
        // Chunks only ever grow at the end, so an index names the same chunk from one frame to the next.
        <ChunkBox key={index} index={index} onNearScreen={onNearScreen}>
          <MarkdownChunk text={chunk} rendering={renderings[index]} citationCount={citationCount} />
        </ChunkBox>
      ))}
      {(plain || limited) && (
        <p className="message-note md-note">{plain ? t.rendering.plain : t.rendering.limited}</p>
      )}
    </div>
  );
}

/**
 * Whether the browser says when an element laid out only near the screen (content-visibility: auto) comes near
 * it. Without that, every chunk of a long reply is formatted at once, as before.
 */
const SKIPS_OFF_SCREEN = typeof globalThis.ContentVisibilityAutoStateChangeEvent === "function";

/** A chunk's box: laid out only near the screen in a long reply (markdown.css), and saying when it gets there. */
function ChunkBox({
  index,
  onNearScreen,
  children,
}: {
  index: number;
  onNearScreen(index: number): void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || !SKIPS_OFF_SCREEN) return;
    const listener = (event: Event) => {
      if (!(event as ContentVisibilityAutoStateChangeEvent).skipped) onNearScreen(index);
    };
    element.addEventListener("contentvisibilityautostatechange", listener);
    return () => element.removeEventListener("contentvisibilityautostatechange", listener);
  }, [index, onNearScreen]);
  return (
    <div ref={box} className="md-chunk">
      {children}
    </div>
  );
}

/** One chunk: its formatted tree, or its text as written. Unchanged renderings are not converted again. */
const MarkdownChunk = memo(function MarkdownChunk({
  text,
  rendering,
  citationCount,
}: {
  text: string;
  rendering: ShownRendering;
  /** How many document passages the reply was given: its `[n]` up to this open them. */
  citationCount: number;
}) {
  const tree = rendering?.kind === "formatted" ? rendering.tree : undefined;
  const content = useMemo(
    () => tree && toReact(citationCount > 0 ? withCitationLinks(tree, citationCount) : tree),
    [tree, citationCount],
  );
  // Plain text while the first rendering is on its way (md-pending), or for good if it cannot be formatted.
  if (!content) return <PlainText text={text} className={rendering ? "md-plain" : "md-pending"} />;
  // Keyed, so React keeps the chunk's elements under one fragment instead of unwrapping them into the reply's
  // children: when many chunks are formatted in one commit, React then places one fragment per chunk, rather
  // than each of thousands of elements looking past every other new element for where it goes (quadratic:
  // 16 s for a 306,000-character reply).
  return <ReactFragment key="formatted">{content}</ReactFragment>;
});

function toReact(tree: Root) {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: COMPONENTS,
    passNode: true,
    passKeys: true,
    ignoreInvalidStyle: true,
  });
}

// Messages above the streaming one re-render whenever the list does; with unchanged text they do nothing.
export default memo(MarkdownMessage);
