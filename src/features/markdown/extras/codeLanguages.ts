import type { LanguageFn } from "highlight.js";

type GrammarLoader = () => Promise<{ default: LanguageFn }>;

/**
 * The languages code blocks are highlighted in: what chat replies commonly contain. Each grammar is its own small
 * chunk, fetched (from our origin) the first time a reply fences code in that language. Other languages are shown
 * as plain code rather than guessed at.
 */
const GRAMMARS: Record<string, { aliases: readonly string[]; load: GrammarLoader }> = {
  bash: { aliases: ["sh", "shell", "zsh"], load: () => import("highlight.js/lib/languages/bash") },
  c: { aliases: ["h"], load: () => import("highlight.js/lib/languages/c") },
  cpp: { aliases: ["c++", "cc", "cxx", "hpp"], load: () => import("highlight.js/lib/languages/cpp") },
  csharp: { aliases: ["cs", "c#"], load: () => import("highlight.js/lib/languages/csharp") },
  css: { aliases: [], load: () => import("highlight.js/lib/languages/css") },
  diff: { aliases: ["patch"], load: () => import("highlight.js/lib/languages/diff") },
  dockerfile: { aliases: ["docker"], load: () => import("highlight.js/lib/languages/dockerfile") },
  go: { aliases: ["golang"], load: () => import("highlight.js/lib/languages/go") },
  ini: { aliases: ["toml"], load: () => import("highlight.js/lib/languages/ini") },
  java: { aliases: ["jsp"], load: () => import("highlight.js/lib/languages/java") },
  javascript: {
    aliases: ["js", "jsx", "mjs", "cjs"],
    load: () => import("highlight.js/lib/languages/javascript"),
  },
  json: { aliases: ["jsonc"], load: () => import("highlight.js/lib/languages/json") },
  kotlin: { aliases: ["kt", "kts"], load: () => import("highlight.js/lib/languages/kotlin") },
  lua: { aliases: [], load: () => import("highlight.js/lib/languages/lua") },
  markdown: { aliases: ["md"], load: () => import("highlight.js/lib/languages/markdown") },
  php: { aliases: [], load: () => import("highlight.js/lib/languages/php") },
  powershell: { aliases: ["ps", "ps1", "pwsh"], load: () => import("highlight.js/lib/languages/powershell") },
  python: { aliases: ["py"], load: () => import("highlight.js/lib/languages/python") },
  r: { aliases: [], load: () => import("highlight.js/lib/languages/r") },
  ruby: { aliases: ["rb"], load: () => import("highlight.js/lib/languages/ruby") },
  rust: { aliases: ["rs"], load: () => import("highlight.js/lib/languages/rust") },
  scss: { aliases: [], load: () => import("highlight.js/lib/languages/scss") },
  sql: { aliases: [], load: () => import("highlight.js/lib/languages/sql") },
  swift: { aliases: [], load: () => import("highlight.js/lib/languages/swift") },
  typescript: {
    aliases: ["ts", "tsx", "mts", "cts"],
    load: () => import("highlight.js/lib/languages/typescript"),
  },
  xml: { aliases: ["html", "xhtml", "svg"], load: () => import("highlight.js/lib/languages/xml") },
  yaml: { aliases: ["yml"], load: () => import("highlight.js/lib/languages/yaml") },
};

const GRAMMAR_BY_NAME = new Map<string, string>(
  Object.entries(GRAMMARS).flatMap(([name, { aliases }]) => [name, ...aliases].map((alias) => [alias, name])),
);

/** The grammar that highlights a fence's language ("py" → "python"), or undefined when none is bundled. */
export function grammarFor(language: string): string | undefined {
  return GRAMMAR_BY_NAME.get(language.toLowerCase());
}

export function loadGrammar(grammar: string): Promise<LanguageFn> {
  const entry = GRAMMARS[grammar];
  if (!entry) return Promise.reject(new Error(`No bundled grammar named ${grammar}`));
  return entry.load().then((module) => module.default);
}

/** Every alias a grammar answers to, so a fence written as `py` finds the `python` grammar. */
export function aliasesOf(grammar: string): readonly string[] {
  return GRAMMARS[grammar]?.aliases ?? [];
}

/** Fence info strings (```lang) anywhere in the text, including an unterminated fence still streaming. */
export function fencedLanguages(markdown: string): string[] {
  const found = new Set<string>();
  for (const match of markdown.matchAll(/^ {0,3}(?:`{3,}|~{3,})[ \t]*([^\s`{]+)/gm)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}
