/**
 * Column arithmetic on one line of Markdown, as CommonMark counts it: a tab advances to the next multiple of
 * four. `pos` is an index into the line, `col` the column it stands at (containers consume columns, not
 * characters, so the two part ways after a tab).
 */
export interface Cursor {
  pos: number;
  col: number;
}

export interface Indent extends Cursor {
  /** Columns of whitespace between the starting cursor and this one. */
  width: number;
}

/** The whitespace from `from` on: where it ends and how many columns it spans. */
export function indentFrom(line: string, from: Cursor): Indent {
  let { pos, col } = from;
  for (;;) {
    const char = line.charCodeAt(pos);
    if (char === 0x20) col += 1;
    else if (char === 0x09) col += 4 - (col % 4);
    else break;
    pos += 1;
  }
  return { pos, col, width: col - from.col };
}

/** Moves `columns` columns on through whitespace (a tab that is only partly needed is consumed whole). */
export function advanceColumns(line: string, from: Cursor, columns: number): Cursor {
  let { pos, col } = from;
  const target = from.col + columns;
  while (col < target) {
    const char = line.charCodeAt(pos);
    if (char === 0x20) col += 1;
    else if (char === 0x09) col += 4 - (col % 4);
    else break;
    pos += 1;
  }
  return { pos, col };
}

/** Nothing but whitespace (or a carriage return) from `pos` to the end of the line. */
export function isBlankFrom(line: string, pos: number): boolean {
  for (let index = pos; index < line.length; index++) {
    const char = line.charCodeAt(index);
    if (char !== 0x20 && char !== 0x09 && char !== 0x0d) return false;
  }
  return true;
}

/** Tests a sticky (`y`) pattern at `pos` without slicing the line. */
export function matchAt(pattern: RegExp, line: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(line);
}
