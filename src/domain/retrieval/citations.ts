import type { PromptSource } from "./promptAssembly";

/** A citation in a reply: where it is, and the passage numbers it names (each 1…number of sources). */
export interface Citation {
  start: number;
  end: number;
  numbers: number[];
}

/**
 * `[2]`, `[2, 3]`, `[2; 3]`, `[2-4]`, and the forms small models drift into: `[^2]`, `【2】`. Each bracket is
 * one citation, so `[2][3]` is two. A bracket followed by `(` is a Markdown link, not a citation.
 */
const CITATION = /(?:\[\^?|【)\s*(\d{1,4}(?:\s*(?:[,;]|[-–—])\s*\^?\d{1,4})*)\s*(?:\]|】)(?!\()/g;
/** A range longer than this ([1-9999]) is not a citation anyone meant. */
const MAX_RANGE = 50;

/**
 * The citations in a piece of plain text (a Markdown text node: the renderer has already set code apart).
 * Numbers outside 1…`sourceCount` are dropped; a bracket left with none is ordinary text.
 */
export function findCitations(text: string, sourceCount: number): Citation[] {
  const citations: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const numbers = citedIn(match[1]!).filter((number) => number >= 1 && number <= sourceCount);
    if (numbers.length > 0) {
      citations.push({
        start: match.index,
        end: match.index + match[0].length,
        numbers: [...new Set(numbers)],
      });
    }
  }
  return citations;
}

/** The citations in a whole Markdown reply, leaving out code blocks and inline code (`a[2]` is not one). */
export function findCitationsInReply(markdown: string, sourceCount: number): Citation[] {
  return findCitations(maskCode(markdown), sourceCount);
}

/** Every number cited, once each, in the order first cited. */
export function citedNumbers(citations: readonly Citation[]): number[] {
  return [...new Set(citations.flatMap((citation) => citation.numbers))];
}

function citedIn(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(/\s*[,;]\s*/)) {
    const [from, to] = part.split(/\s*[-–—]\s*\^?/).map((value) => Number(value.replace("^", "")));
    if (to === undefined) numbers.push(from!);
    else if (to >= from! && to - from! < MAX_RANGE) for (let n = from!; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

/** A backtick run, then anything but a blank line, then a run of the same length (CommonMark code spans). */
const INLINE_CODE = /(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])+?(?<!`)\1(?!`)/g;

/** Code replaced by spaces of the same length, so offsets into the result are offsets into the reply. */
function maskCode(markdown: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, " ");
  const lines = markdown.split("\n");
  let fence: string | undefined;
  const masked = lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
        fence = undefined;
      }
      return blank(line);
    }
    if (marker) {
      fence = marker;
      return blank(line);
    }
    return line;
  });
  return masked.join("\n").replace(INLINE_CODE, (span) => blank(span));
}

/** A document the reply cites, with the pages of the cited passages: "report.pdf p. 4, p. 7". */
export interface CitedDocument {
  documentId: string;
  documentName: string;
  /** Every page a cited passage is on, ascending; empty for documents without pages. */
  pages: number[];
  /** The passage numbers cited from it, in the order first cited. */
  numbers: number[];
}

/** The "Sources:" line's data: cited documents in the order first cited, each with its pages. */
export function citedDocuments(
  numbers: readonly number[],
  sources: readonly PromptSource[],
): CitedDocument[] {
  const byDocument = new Map<string, CitedDocument>();
  for (const number of numbers) {
    const source = sources[number - 1];
    if (!source) continue;
    let cited = byDocument.get(source.documentId);
    if (!cited) {
      cited = { documentId: source.documentId, documentName: source.documentName, pages: [], numbers: [] };
      byDocument.set(source.documentId, cited);
    }
    if (!cited.numbers.includes(number)) cited.numbers.push(number);
    if (source.pageStart !== undefined) {
      for (let page = source.pageStart; page <= (source.pageEnd ?? source.pageStart); page++) {
        if (!cited.pages.includes(page)) cited.pages.push(page);
      }
    }
  }
  return [...byDocument.values()].map((cited) => ({ ...cited, pages: cited.pages.sort((a, b) => a - b) }));
}
