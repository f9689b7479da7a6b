import type { Root } from "mdast";
import remarkMath from "remark-math";
import type { PluggableList } from "unified";
import type { VFile } from "vfile";
import "katex/dist/katex.min.css";
import { rehypeKatexStrict } from "./rehypeKatexStrict";

/*
 * Loaded lazily, the first time a reply looks like it holds math: remark-math finds `$…$` and `$$…$$`, KaTeX
 * renders them. KaTeX's stylesheet and fonts are bundled and served from our own origin (CSP font-src 'self').
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

export const mathRemarkPlugins: PluggableList = [remarkMath, remarkRejectImplausibleInlineMath];

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

function rewriteProse(text: string): string {
  return text.replace(
    /(`+)[\s\S]*?\1|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)/g,
    (match, code: string | undefined, display: string | undefined, inline: string | undefined) => {
      if (code) return match;
      if (display !== undefined) return `\n$$\n${display.trim()}\n$$\n`;
      return `$$${(inline ?? "").trim()}$$`;
    },
  );
}
