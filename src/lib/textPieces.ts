/**
 * Text cut into pieces of at most about `size` characters, for showing a very long text in blocks the browser
 * lays out only near the screen. A piece ends just after a line break when one is in its second half (so the
 * cut is where a line ends anyway), else at `size`; never between the two halves of a character written as a
 * surrogate pair. Joined, the pieces give back the text exactly.
 */
export function textPieces(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let end = start + size;
    const lineEnd = text.lastIndexOf("\n", end - 1);
    if (lineEnd >= start + size / 2) end = lineEnd + 1;
    else if (end - 1 > start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
