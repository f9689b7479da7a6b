import type { Element, ElementContent, Root } from "hast";
import type { LanguageFn } from "highlight.js";
import { createLowlight } from "lowlight";
import { grammarFor } from "./codeLanguages";

/*
 * Loaded lazily, the first time a reply fences code in a language we highlight. One highlighter serves every
 * message; grammars are added to it as replies need them.
 */
const lowlight = createLowlight();

/** Longest code block coloured: past it, highlighting costs seconds and tens of thousands of elements. */
const MAX_HIGHLIGHTED_CHARS = 20_000;

export function registerGrammar(name: string, grammar: LanguageFn): void {
  if (!lowlight.registered(name)) lowlight.register(name, grammar);
}

export function isRegistered(name: string): boolean {
  return lowlight.registered(name);
}

/**
 * Rehype plugin: colours `<pre><code class="language-x">` whose grammar is loaded, by replacing the code's text
 * with highlight.js token spans (classes only, no inline styles). Languages not loaded stay plain.
 */
export function rehypeHighlightCode() {
  return (tree: Root) => visit(tree);
}

function visit(parent: Root | Element): void {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "pre") highlightBlock(child);
    else visit(child);
  }
}

function highlightBlock(pre: Element): void {
  const code = pre.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "code",
  );
  if (!code) return;
  const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
  const language = classes.find((name) => name.startsWith("language-"))?.slice("language-".length);
  const grammar = language ? grammarFor(language) : undefined;
  if (!grammar || !lowlight.registered(grammar)) return;
  const text = textOf(code);
  if (text.length > MAX_HIGHLIGHTED_CHARS) return; // shown plain, like a language we do not colour
  const highlighted = lowlight.highlight(grammar, text);
  code.properties.className = [...classes, "hljs"];
  code.children = highlighted.children as ElementContent[];
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}
