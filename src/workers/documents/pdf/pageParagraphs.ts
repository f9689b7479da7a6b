/** What page layout needs of a pdf.js text item (pdf.js's TextItem has these fields). */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, x, y]: x and y place the baseline; the scale gives the font size. */
  transform: readonly number[];
  height: number;
  hasEOL: boolean;
}

/** A jump between baselines above this many font sizes is a blank line: a new paragraph. */
const PARAGRAPH_GAP = 1.8;
/** A baseline moving more than this share of the font size starts a new line. */
const LINE_SHIFT = 0.5;

interface Line {
  text: string;
  y: number;
  size: number;
}

/**
 * A page's text items (in pdf.js's reading order) as paragraphs. pdf.js already puts spaces between words;
 * lines end where it says (hasEOL) or where the baseline moves, and a paragraph ends at a wide gap between
 * lines or when the text jumps up the page (the next column). Lines of a paragraph keep their line breaks.
 */
export function pageParagraphs(items: readonly PositionedText[]): string[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = fontSize(item);
    if (line && line.text !== "" && Math.abs(y - line.y) > LINE_SHIFT * Math.max(size, line.size)) {
      lines.push(line);
      line = undefined;
    }
    line ??= { text: "", y, size };
    line.text += item.str;
    line.size = Math.max(line.size, size);
    if (item.hasEOL) {
      lines.push(line);
      line = undefined;
    }
  }
  if (line) lines.push(line);

  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let previous: Line | undefined;
  for (const current of lines) {
    const blank = current.text.trim() === "";
    if (blank || (previous && startsParagraph(previous, current))) {
      if (paragraph.length > 0) paragraphs.push(paragraph.join("\n"));
      paragraph = [];
    }
    if (!blank) paragraph.push(current.text.trimEnd());
    previous = blank ? undefined : current;
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join("\n"));
  return paragraphs;
}

function startsParagraph(previous: Line, current: Line): boolean {
  const drop = previous.y - current.y;
  return drop < 0 || drop > PARAGRAPH_GAP * Math.max(previous.size, current.size);
}

function fontSize(item: PositionedText): number {
  if (item.height > 0) return item.height;
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || 1;
}
