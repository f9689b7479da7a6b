import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList, type Processor } from "unified";
import { VFile } from "vfile";
import type { Language } from "../../../i18n/language";
import { enInstructions } from "../../../i18n/messages/en/instructions";
import { ptBRInstructions } from "../../../i18n/messages/pt-BR/instructions";
import { looksLikeMath, type LoadedExtras } from "../extras/loadExtras";
import rehypeSafeLinksAndImages, { type SafeRenderingWords } from "../rehypeSafeLinksAndImages";
import remarkHtmlAsText from "../remarkHtmlAsText";
import { boundMarkdown } from "./boundMarkdown";
import type { RenderResult } from "./protocol";
import { flattenDeeperThan, MAX_RENDERED_DEPTH, MAX_RENDERED_NODES, measureAndStrip } from "./treeLimits";

declare module "vfile" {
  interface DataMap {
    /** Set by a plugin that showed part of the text as plain text because it was past a limit. */
    markdownLimited: boolean;
  }
}

/** The words a rendering adds around the reply's own: a blocked image's note, the footnotes' labels. */
interface RenderWords extends SafeRenderingWords {
  footnotes: string;
  backToReference(reference: number, again: number): string;
}

const WORDS: Record<Language, RenderWords> = {
  en: enInstructions.markdown,
  "pt-BR": ptBRInstructions.markdown,
};

/**
 * Turns one chunk of a reply into the HTML tree the page shows, safely (raw HTML as text, no images, only
 * http(s)/mailto links) and within limits: nesting past them is shown as text, a tree too large for the page to
 * build quickly is refused, and nothing that goes wrong while parsing escapes (the chunk is then plain text).
 *
 * Runs in the Markdown worker; synchronous once the extras it needs are loaded.
 */
export function renderMarkdown(text: string, language: Language, extras: LoadedExtras): RenderResult {
  try {
    const math = extras.math && looksLikeMath(text) ? extras.math : undefined;
    const bounded = boundMarkdown(math ? math.normalizeMathDelimiters(text) : text);
    const processor = processorFor(language, math !== undefined, extras);
    const file = new VFile(bounded.text);
    const markdownTree = processor.parse(file);
    const flattened = flattenDeeperThan(markdownTree);
    const tree = processor.runSync(markdownTree, file) as HastRoot;
    const size = measureAndStrip(tree);
    if (size.nodes > MAX_RENDERED_NODES || size.depth > MAX_RENDERED_DEPTH)
      return { kind: "plain", reason: "too-large" };
    const limited = bounded.limited || flattened || file.data.markdownLimited === true;
    return { kind: "formatted", tree, limited, math: math !== undefined };
  } catch {
    // A parser bug, or a limit we did not foresee: the page shows this chunk as the text it is.
    return { kind: "plain", reason: "failed" };
  }
}

type MarkdownProcessor = Processor<MdastRoot, MdastRoot, HastRoot>;
const processors = new Map<string, MarkdownProcessor>();

/** One processor per language and set of loaded extras, built once: building one costs more than a small chunk. */
function processorFor(language: Language, withMath: boolean, extras: LoadedExtras): MarkdownProcessor {
  const key = `${language}|${withMath}|${Boolean(extras.highlighter)}`;
  let processor = processors.get(key);
  if (!processor) {
    const words = WORDS[language];
    const remarkPlugins: PluggableList = [
      remarkGfm,
      remarkHtmlAsText,
      ...(withMath ? extras.math!.mathRemarkPlugins : []),
    ];
    // Link and image safety runs last, after highlighting and math have added their elements.
    const rehypePlugins: PluggableList = [
      ...(withMath ? extras.math!.mathRehypePlugins : []),
      ...(extras.highlighter ? [extras.highlighter.rehypeHighlightCode] : []),
      [rehypeSafeLinksAndImages, words],
    ];
    processor = unified()
      .use(remarkParse)
      .use(remarkPlugins)
      .use(remarkRehype, {
        footnoteLabel: words.footnotes,
        footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
          words.backToReference(referenceIndex + 1, rereferenceIndex),
      })
      .use(rehypePlugins)
      .freeze() as unknown as MarkdownProcessor;
    processors.set(key, processor);
  }
  return processor;
}
