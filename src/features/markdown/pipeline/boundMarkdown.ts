import { advanceColumns, type Cursor, indentFrom, isBlankFrom, matchAt } from "./lineCursor";

/**
 * How much structure a reply may have. Past these, the parser would need a stack thousands of frames deep, or
 * time that grows with the square (or worse) of the text: a model stuck in a loop writes exactly that.
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes, list items and footnote definitions inside one another. */
  containerDepth: 16,
  /**
   * Emphasis, link, code, math and HTML markers in one paragraph, heading or table. An unclosed one makes the
   * parser look through the rest of the paragraph, so the cost grows with markers × length: both are capped.
   */
  inlineMarkers: 500,
  /** Characters in one paragraph (or table) before a blank line is put between two of its lines. */
  paragraphChars: 20_000,
  /** Cells (rows × columns) in one table; the rows after them are shown as text. */
  tableCells: 2000,
  /** Columns in one table; a wider one is shown as text. */
  tableColumns: 64,
};

export type MarkdownLimits = typeof MARKDOWN_LIMITS;

export interface BoundedMarkdown {
  text: string;
  /** Some of the text was past a limit: it is written so that the parser reads it as plain text. */
  limited: boolean;
}

/**
 * Rewrites a Markdown text so that it stays within `limits`, before any parser sees it. Nothing is removed: a
 * marker past a limit gets a backslash in front (so `>` is shown as ">" instead of opening a quote the 17th
 * level deep), and a table past its size is ended by a blank line. Text within the limits comes back unchanged.
 *
 * It follows CommonMark's block structure line by line (containers continued by their markers or indentation,
 * lazy continuation lines, fenced and indented code, which is never touched) closely enough to count nesting
 * the way the parser will. In one pass, linear in the length of the text.
 */
export function boundMarkdown(text: string, limits: MarkdownLimits = MARKDOWN_LIMITS): BoundedMarkdown {
  // Lines at even indexes, each followed by its ending: CommonMark ends a line at \n, \r\n or a lone \r.
  const parts = text.split(/(\r\n|\r|\n)/);
  const state: ScanState = { stack: [], fence: undefined, run: undefined, limits };
  let limited = false;
  for (let index = 0; index < parts.length; index += 2) {
    const line = parts[index]!;
    const bounded = boundLine(line, state);
    if (bounded !== line) {
      parts[index] = bounded;
      limited = true;
    }
  }
  return limited ? { text: parts.join(""), limited } : { text, limited };
}

/** Block quotes are continued by a `>`; list items and footnote definitions by indentation. */
type Container = { kind: "quote" } | { kind: "indented"; indent: number };

/** A paragraph, heading or table: inline content, parsed as one (so its markers are counted together). */
interface InlineRun {
  lines: number;
  chars: number;
  markers: number;
  table: { columns: number; rows: number } | undefined;
}

interface ScanState {
  stack: Container[];
  /** An open fenced code or math block, and how many containers enclose it. */
  fence: { marker: string; depth: number } | undefined;
  run: InlineRun | undefined;
  limits: MarkdownLimits;
}

const FENCE_OPENING = /(`{3,}(?=[^`]*$)|~{3,}|\${2,}(?=[^$]*$))/y;
const FENCE_CLOSING = /(`{3,}|~{3,}|\${2,})[ \t\r]*$/y;
const LIST_MARKER = /([-+*]|(\d{1,9})[.)])(?=[ \t\r]|$)/y;
const FOOTNOTE_LABEL = /\[\^[^\]\s]{1,999}\]:/y;
const THEMATIC_BREAK = /(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\r?$/y;
const ATX_HEADING = /#{1,6}(?=[ \t\r]|$)/y;
const SETEXT_UNDERLINE = /(?:=+|-+)[ \t\r]*$/y;
/** HTML block starts that may interrupt a paragraph (CommonMark kinds 1 to 6; kind 7 cannot). */
const HTML_BLOCK =
  /<(?:(?:script|pre|style|textarea)(?=[\s>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[|\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$))/iy;
const TABLE_DELIMITER_ROW = /\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t\r]*$/y;
/** Characters that start or end inline constructs whose parsing cost grows faster than the text. */
const INLINE_MARKERS = new Set(["*", "_", "[", "]", "`", "~", "$", "<"]);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function boundLine(line: string, state: ScanState): string {
  let cursor: Cursor = { pos: 0, col: 0 };
  let matched = 0;
  for (; matched < state.stack.length; matched++) {
    const continued = continueContainer(line, cursor, state.stack[matched]!);
    if (!continued) break;
    cursor = continued;
  }

  const fence = state.fence;
  if (fence) {
    if (matched === state.stack.length) {
      const closing = matchAt(FENCE_CLOSING, line, indentFrom(line, cursor).pos)?.[1];
      if (closing && closing[0] === fence.marker[0] && closing.length >= fence.marker.length) {
        state.fence = undefined;
      }
      return line; // code (or math) is shown as written
    }
    state.fence = undefined; // its container ended, and the fence with it
  }

  const allMatched = matched === state.stack.length;
  const escapes: number[] = [];
  const opened: Container[] = [];
  for (;;) {
    const indent = indentFrom(line, cursor);
    if (indent.width >= 4) break;
    const start = openContainer(line, indent, allMatched && opened.length === 0 && state.run !== undefined);
    if (!start) break;
    if (matched + opened.length >= state.limits.containerDepth) {
      escapes.push(start.markerAt);
      break;
    }
    opened.push(start.container);
    cursor = start.content;
  }

  if (opened.length === 0 && escapes.length === 0 && !allMatched && isLazyContinuation(line, cursor, state)) {
    return boundInline(line, cursor.pos, state.run!, state.limits, escapes);
  }
  state.stack.length = matched;
  state.stack.push(...opened);
  if (!allMatched || opened.length > 0) state.run = undefined;
  if (escapes.length > 0) {
    // The marker past the limit, and everything after it on the line, is paragraph text.
    state.run ??= newRun();
    return boundInline(line, cursor.pos, state.run, state.limits, escapes);
  }
  return boundLeaf(line, cursor, state);
}

function continueContainer(line: string, cursor: Cursor, container: Container): Cursor | undefined {
  const indent = indentFrom(line, cursor);
  if (container.kind === "quote") {
    if (indent.width > 3 || line[indent.pos] !== ">") return undefined;
    return afterQuoteMarker(line, indent);
  }
  if (isBlankFrom(line, cursor.pos)) return cursor; // a blank line keeps a list item open
  if (indent.width < container.indent) return undefined;
  return advanceColumns(line, cursor, container.indent);
}

interface ContainerStart {
  container: Container;
  /** Where a backslash goes to make the marker plain text. */
  markerAt: number;
  content: Cursor;
}

/** A block quote, list item or footnote definition starting at `at`, if one does. */
function openContainer(
  line: string,
  at: Cursor & { width: number },
  inParagraph: boolean,
): ContainerStart | undefined {
  if (line[at.pos] === ">") {
    return { container: { kind: "quote" }, markerAt: at.pos, content: afterQuoteMarker(line, at) };
  }
  const footnote = matchAt(FOOTNOTE_LABEL, line, at.pos);
  if (footnote) {
    const end = { pos: at.pos + footnote[0].length, col: at.col + footnote[0].length };
    return { container: { kind: "indented", indent: 4 }, markerAt: at.pos, content: indentFrom(line, end) };
  }
  const list = matchAt(LIST_MARKER, line, at.pos);
  if (!list || matchAt(THEMATIC_BREAK, line, at.pos)) return undefined;
  const markerEnd = { pos: at.pos + list[0].length, col: at.col + list[0].length };
  const after = indentFrom(line, markerEnd);
  const empty = isBlankFrom(line, after.pos);
  // An empty item, or a numbered one not starting at 1, cannot interrupt a paragraph: the line continues it.
  if (inParagraph && (empty || (list[2] !== undefined && Number(list[2]) !== 1))) return undefined;
  const spaces = empty || after.width > 4 ? 1 : after.width;
  return {
    container: { kind: "indented", indent: at.width + list[0].length + spaces },
    // A backslash before a digit would show; before the `.` or `)` it makes the number plain text.
    markerAt: list[2] === undefined ? at.pos : at.pos + list[0].length - 1,
    content: empty ? after : advanceColumns(line, markerEnd, spaces),
  };
}

function afterQuoteMarker(line: string, marker: Cursor): Cursor {
  const next = { pos: marker.pos + 1, col: marker.col + 1 };
  return line[next.pos] === " " || line[next.pos] === "\t" ? advanceColumns(line, next, 1) : next;
}

/** A line that matched fewer containers than are open still continues an open paragraph, unless it starts a block. */
function isLazyContinuation(line: string, cursor: Cursor, state: ScanState): boolean {
  if (!state.run || state.run.table || isBlankFrom(line, cursor.pos)) return false;
  const indent = indentFrom(line, cursor);
  if (indent.width >= 4) return true; // indented code cannot interrupt a paragraph
  const pos = indent.pos;
  return !(
    matchAt(FENCE_OPENING, line, pos) ||
    matchAt(THEMATIC_BREAK, line, pos) ||
    matchAt(ATX_HEADING, line, pos) ||
    matchAt(HTML_BLOCK, line, pos)
  );
}

/** What is left of the line once its containers are known: code, a fence, a heading, or inline text. */
function boundLeaf(line: string, cursor: Cursor, state: ScanState): string {
  if (isBlankFrom(line, cursor.pos)) {
    state.run = undefined;
    return line;
  }
  const indent = indentFrom(line, cursor);
  if (indent.width >= 4 && !state.run) return line; // indented code
  const pos = indent.pos;
  const fence = matchAt(FENCE_OPENING, line, pos)?.[1];
  if (fence) {
    state.fence = { marker: fence, depth: state.stack.length };
    state.run = undefined;
    return line;
  }
  if (matchAt(THEMATIC_BREAK, line, pos) || (state.run && matchAt(SETEXT_UNDERLINE, line, pos))) {
    state.run = undefined;
    return line;
  }
  if (matchAt(ATX_HEADING, line, pos)) {
    state.run = undefined;
    return boundInline(line, pos, newRun(), state.limits, []);
  }
  const run = state.run;
  if (run?.lines === 1 && !run.table && matchAt(TABLE_DELIMITER_ROW, line, pos) && line.includes("|", pos)) {
    return startTable(line, pos, run, state.limits);
  }
  if (run?.table) {
    run.table.rows += 1;
    if (run.table.rows * run.table.columns > state.limits.tableCells) {
      // A blank line ends the table; the rows after it are a paragraph (and counted as one).
      state.run = newRun();
      return `\n${boundInline(line, pos, state.run, state.limits, [])}`;
    }
  }
  state.run ??= newRun();
  return boundInline(line, pos, state.run, state.limits, []);
}

function startTable(line: string, pos: number, run: InlineRun, limits: MarkdownLimits): string {
  const columns = line
    .slice(pos)
    .replace(/^\s*\||\|\s*$/g, "")
    .split("|").length;
  run.lines += 1;
  if (columns <= limits.tableColumns) {
    run.table = { columns, rows: 1 };
    return line;
  }
  // A backslash before the first dash unmakes the delimiter row: header and rows stay one paragraph of text.
  const dash = line.indexOf("-", pos);
  return `${line.slice(0, dash)}\\${line.slice(dash)}`;
}

function newRun(): InlineRun {
  return { lines: 0, chars: 0, markers: 0, table: undefined };
}

/**
 * Counts the inline markers from `from` on into the run; past the run's budget each gets a backslash, so the
 * parser reads it as a plain character. `escapes` holds positions already chosen (a container marker).
 */
function boundInline(
  line: string,
  from: number,
  run: InlineRun,
  limits: MarkdownLimits,
  escapes: number[],
): string {
  // A paragraph past its length is ended before this line (a blank line), and this line starts the next.
  const split = run.lines > 0 && run.chars + line.length - from > limits.paragraphChars;
  if (split) Object.assign(run, newRun());
  run.lines += 1;
  run.chars += line.length - from;
  // A container marker escaped already (a `*` bullet, a footnote's `[`) must not get a second backslash.
  const escapedMarker = escapes[0] ?? -1;
  for (let index = from; index < line.length; index++) {
    const char = line[index]!;
    if (index === escapedMarker) continue;
    if (char === "\\" && ASCII_PUNCTUATION.test(line[index + 1] ?? "")) {
      index += 1; // already escaped
    } else if (INLINE_MARKERS.has(char)) {
      run.markers += 1;
      if (run.markers > limits.inlineMarkers) escapes.push(index);
    }
  }
  const bounded = withBackslashes(line, escapes);
  return split ? `\n${bounded}` : bounded;
}

function withBackslashes(line: string, positions: readonly number[]): string {
  if (positions.length === 0) return line;
  let result = "";
  let last = 0;
  for (const position of positions) {
    result += `${line.slice(last, position)}\\`;
    last = position;
  }
  return result + line.slice(last);
}
