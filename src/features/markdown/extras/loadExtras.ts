import { fencedLanguages, grammarFor, loadGrammar } from "./codeLanguages";
import type * as HighlighterModule from "./highlighter";
import type * as MathModule from "./math";

export type Highlighter = typeof HighlighterModule;
export type MathSupport = typeof MathModule;

/** What is loaded of the optional parts: syntax highlighting and math. */
export interface LoadedExtras {
  highlighter: Highlighter | undefined;
  math: MathSupport | undefined;
}

/*
 * Syntax highlighting and KaTeX are loaded (by the Markdown worker) only when a reply needs them, once, and
 * shared by every reply after. A failed load leaves replies readable: code uncoloured, math as written.
 */
let highlighterLoad: Promise<Highlighter> | undefined;
let mathLoad: Promise<MathSupport> | undefined;
const grammarLoads = new Map<string, Promise<void>>();
const loaded: LoadedExtras = { highlighter: undefined, math: undefined };

/** Dollar math with no space inside its dollars, display `$$`, or LaTeX's `\(` / `\[`. Money ("$5 and $10") is not math. */
const MATH_HINT = /\$\$|\$(?=\S)[^$\n]*\S\$|\\\(|\\\[/;

export function looksLikeMath(markdown: string): boolean {
  return MATH_HINT.test(markdown);
}

/** Loads what `markdown` needs that is not loaded yet, and resolves to everything loaded so far. */
export async function extrasFor(markdown: string): Promise<LoadedExtras> {
  const grammars = fencedLanguages(markdown).flatMap((language) => grammarFor(language) ?? []);
  await Promise.allSettled([
    ...grammars.map(loadHighlighting),
    ...(looksLikeMath(markdown) ? [loadMath()] : []),
  ]);
  return loaded;
}

function loadHighlighting(grammar: string): Promise<void> {
  let load = grammarLoads.get(grammar);
  if (!load) {
    load = Promise.all([loadHighlighter(), loadGrammar(grammar)]).then(([module, language]) =>
      module.registerGrammar(grammar, language),
    );
    load.catch(() => grammarLoads.delete(grammar));
    grammarLoads.set(grammar, load);
  }
  return load;
}

// A failed load (offline, say) is tried again with the next reply that needs it.
function loadHighlighter(): Promise<Highlighter> {
  highlighterLoad ??= import("./highlighter").then((module) => (loaded.highlighter = module));
  highlighterLoad.catch(() => (highlighterLoad = undefined));
  return highlighterLoad;
}

function loadMath(): Promise<unknown> {
  mathLoad ??= import("./math").then((module) => (loaded.math = module));
  mathLoad.catch(() => (mathLoad = undefined));
  return mathLoad;
}
