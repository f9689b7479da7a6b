import { useEffect, useState } from "react";
import type { PluggableList } from "unified";
import { fencedLanguages, grammarFor, loadGrammar } from "./codeLanguages";
import type * as HighlighterModule from "./highlighter";
import type * as MathModule from "./math";

type Highlighter = typeof HighlighterModule;
type MathSupport = typeof MathModule;

/*
 * Syntax highlighting and KaTeX are loaded only when a reply needs them, once per page, and shared by every
 * message. Until they arrive a reply renders as plain Markdown, so nothing waits on them.
 */
let highlighter: Highlighter | undefined;
let math: MathSupport | undefined;
let highlighterLoad: Promise<Highlighter> | undefined;
let mathLoad: Promise<MathSupport> | undefined;
const grammarLoads = new Map<string, Promise<void>>();

/** Dollar math with no space inside its dollars, display `$$`, or LaTeX's `\(` / `\[`. Money ("$5 and $10") is not math. */
const MATH_HINT = /\$\$|\$(?=\S)[^$\n]*\S\$|\\\(|\\\[/;

export function looksLikeMath(markdown: string): boolean {
  return MATH_HINT.test(markdown);
}

function grammarsWanted(markdown: string): string[] {
  return fencedLanguages(markdown).flatMap((language) => grammarFor(language) ?? []);
}

function loadHighlighting(grammars: readonly string[]): Promise<void> {
  highlighterLoad ??= import("./highlighter").then((module) => (highlighter = module));
  return Promise.all(
    grammars.map((name) => {
      let load = grammarLoads.get(name);
      if (!load) {
        load = Promise.all([highlighterLoad!, loadGrammar(name)]).then(([module, grammar]) =>
          module.registerGrammar(name, grammar),
        );
        grammarLoads.set(name, load);
      }
      return load;
    }),
  ).then(() => undefined);
}

function loadMath(): Promise<void> {
  mathLoad ??= import("./math").then((module) => (math = module));
  return mathLoad.then(() => undefined);
}

/** What still has to be fetched before `markdown` renders fully; empty when everything is loaded. */
function missingFor(markdown: string): { grammars: string[]; math: boolean } {
  const grammars = grammarsWanted(markdown).filter((name) => !highlighter?.isRegistered(name));
  return { grammars, math: !math && looksLikeMath(markdown) };
}

export interface MarkdownPlugins {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
}

export interface MarkdownExtras {
  text: string;
  plugins: MarkdownPlugins;
}

/**
 * The plugins (and, with math, the rewritten text) a reply renders with. Starts loading what the text needs and
 * re-renders the message when it arrives; a failed load leaves the reply readable as plain Markdown.
 */
export function useMarkdownExtras(markdown: string, base: Base): MarkdownExtras {
  const [, setLoaded] = useState(0);
  const missing = missingFor(markdown);
  const missingKey = `${missing.grammars.join(",")}|${missing.math}`;

  useEffect(() => {
    const [grammarList, needsMath] = missingKey.split("|") as [string, string];
    const grammars = grammarList ? grammarList.split(",") : [];
    const loads = [
      ...(grammars.length ? [loadHighlighting(grammars)] : []),
      ...(needsMath === "true" ? [loadMath()] : []),
    ];
    if (loads.length === 0) return;
    let current = true;
    Promise.all(loads)
      .then(() => current && setLoaded((count) => count + 1))
      .catch((error: unknown) => console.warn("Sigilo: could not load a Markdown extra", error));
    return () => {
      current = false;
    };
  }, [missingKey]);

  const withMath = math && looksLikeMath(markdown) ? math : undefined;
  return {
    text: withMath ? withMath.normalizeMathDelimiters(markdown) : markdown,
    plugins: pluginsFor(base, withMath, highlighter),
  };
}

type Base = { remark: PluggableList; rehype: PluggableList };
const pluginLists = new WeakMap<Base, Map<string, MarkdownPlugins>>();

/**
 * One plugin list per combination of what is loaded, kept: a reply renders block by block, and a block whose
 * text and plugins are unchanged is not parsed again, so the lists must keep their identity between renders.
 */
function pluginsFor(
  base: Base,
  withMath: MathSupport | undefined,
  loadedHighlighter: Highlighter | undefined,
) {
  const key = `${Boolean(withMath)}|${Boolean(loadedHighlighter)}`;
  let lists = pluginLists.get(base);
  if (!lists) pluginLists.set(base, (lists = new Map()));
  let plugins = lists.get(key);
  if (!plugins) {
    plugins = {
      remarkPlugins: withMath ? [...base.remark, ...withMath.mathRemarkPlugins] : base.remark,
      rehypePlugins: [
        ...(withMath ? withMath.mathRehypePlugins : []),
        ...(loadedHighlighter ? [loadedHighlighter.rehypeHighlightCode] : []),
        ...base.rehype,
      ],
    };
    lists.set(key, plugins);
  }
  return plugins;
}
