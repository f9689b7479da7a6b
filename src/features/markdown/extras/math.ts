import type { Root } from "mdast";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";
import type { VFile } from "vfile";
import { rehypeKatexStrict } from "./rehypeKatexStrict";

/*
 * Loaded lazily by the Markdown worker, the first time a reply looks like it holds math: remark-math finds `$…$`
 * and `$$…$$`, KaTeX renders them. KaTeX's stylesheet and fonts are the page's (see ../mathStyles.ts).
 */

/**
 * `$` is also money: "costs $5 and $10" must not become math. Following Pandoc's rule, single-dollar math needs
 * no space just inside its dollars and no digit right after the closing one; anything else goes back to text.
 */
function remarkRejectImplausibleInlineMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    revert(tree as SourceNode, source);
  };
}

/** The fields of an mdast node this check reads; inlineMath's own type lives in mdast-util-math. */
interface SourceNode {
  type: string;
  value?: string;
  children?: SourceNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  /** How remark-rehype turns the node into HTML (remark-math's own nodes carry it). */
  data?: unknown;
}

function revert(parent: SourceNode, source: string): void {
  const children = parent.children;
  if (!children) return;
  children.forEach((child, index) => {
    if (child.type !== "inlineMath") return revert(child, source);
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const raw = source.slice(start, end);
    if (isImplausible(raw, source.charAt(end))) children[index] = { type: "text", value: raw };
  });
}

function isImplausible(raw: string, after: string): boolean {
  if (raw.startsWith("$$")) return false;
  const inner = raw.slice(1, -1);
  return /^\s|\s$/.test(inner) || /\d/.test(after);
}

/**
 * `$$…$$` written on a line of its own is a displayed formula, as `\[…\]` is, however many lines it spans:
 * remark-math reads a one-line `$$x$$` as inline math (small, in the text's flow), so a paragraph holding only
 * such formulas becomes those formulas, displayed. `$$…$$` inside a sentence stays in the sentence.
 */
function remarkOneLineDisplayMath() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    displayLoneFormulas(tree as SourceNode, source);
  };
}

function displayLoneFormulas(parent: SourceNode, source: string): void {
  const children = parent.children;
  if (!children) return;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (child.type !== "paragraph") {
      displayLoneFormulas(child, source);
      continue;
    }
    const parts = child.children ?? [];
    const formulas = parts.filter((part) => part.type === "inlineMath");
    const alone = parts.every(
      (part) =>
        (part.type === "inlineMath" && isDoubleDollar(part, source)) ||
        part.type === "break" ||
        (part.type === "text" && part.value?.trim() === ""),
    );
    if (formulas.length === 0 || !alone) continue;
    const displayed = formulas.map((formula) => displayMath(formula.value ?? ""));
    children.splice(index, 1, ...displayed);
    index += displayed.length - 1;
  }
}

function isDoubleDollar(node: SourceNode, source: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && source.startsWith("$$", start);
}

/** A display formula as remark-math builds one from a `$$` block (rehypeKatexStrict typesets it). */
function displayMath(value: string): SourceNode {
  const code = {
    type: "element",
    tagName: "code",
    properties: { className: ["language-math", "math-display"] },
    children: [{ type: "text", value }],
  };
  return { type: "math", value, data: { hName: "pre", hChildren: [code] } };
}

export const mathRemarkPlugins: PluggableList = [
  remarkMath,
  remarkRejectImplausibleInlineMath,
  remarkOneLineDisplayMath,
];

export const mathRehypePlugins: PluggableList = [rehypeKatexStrict];

/**
 * Many models write LaTeX's own delimiters, `\(…\)` and `\[…\]`, which Markdown would read as escaped brackets.
 * They are rewritten to dollar math, except inside code (fenced blocks and backtick spans).
 */
export function normalizeMathDelimiters(markdown: string): string {
  if (!markdown.includes("\\(") && !markdown.includes("\\[")) return markdown;
  const lines = markdown.split("\n");
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (prose.length) out.push(rewriteProse(prose.join("\n")));
    prose = [];
  };
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      flush();
      fence = marker;
      out.push(line);
    } else if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
        fence = undefined;
      }
      out.push(line);
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join("\n");
}

/**
 * Rewrites `\[…\]` and `\(…\)` outside backtick code spans. One pass, linear in the text (a regular expression
 * scanning ahead from every unclosed backtick or `\(` is quadratic, and a looping model writes thousands).
 */
function rewriteProse(text: string): string {
  const closingRun = backtickRuns(text);
  const unclosed = new Set<string>();
  let out = "";
  let copied = 0;
  let index = 0;
  while (index < text.length) {
    if (text[index] === "`") {
      let length = 1;
      while (text[index + length] === "`") length += 1;
      const closing = closingRun(length, index + length);
      index = closing === undefined ? index + length : closing + length; // a code span is left as it is
      continue;
    }
    const opener = text[index] === "\\" ? text[index + 1] : undefined;
    if (opener === "[" || opener === "(") {
      const closer = opener === "[" ? "\\]" : "\\)";
      const end = unclosed.has(closer) ? -1 : text.indexOf(closer, index + 3);
      if (end === -1) {
        unclosed.add(closer); // none further on either: later openers need not look again
      } else {
        const inner = text.slice(index + 2, end).trim();
        out += text.slice(copied, index) + (opener === "[" ? `\n$$\n${inner}\n$$\n` : `$$${inner}$$`);
        index = copied = end + 2;
        continue;
      }
    }
    index += 1;
  }
  return out + text.slice(copied);
}

/** For a run of `length` backticks, where the next run of exactly that length starts at or after `from`. */
function backtickRuns(text: string): (length: number, from: number) => number | undefined {
  const startsByLength = new Map<number, { starts: number[]; next: number }>();
  for (const match of text.matchAll(/`+/g)) {
    const runs = startsByLength.get(match[0].length) ?? { starts: [], next: 0 };
    runs.starts.push(match.index);
    startsByLength.set(match[0].length, runs);
  }
  // Asked in increasing order of `from`, so each list is walked once.
  return (length, from) => {
    const runs = startsByLength.get(length);
    if (!runs) return undefined;
    while (runs.next < runs.starts.length && runs.starts[runs.next]! < from) runs.next += 1;
    return runs.starts[runs.next];
  };
}
