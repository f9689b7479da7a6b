/**
 * Splits a reply into top-level Markdown blocks that render the same apart as together, so a streaming reply
 * re-parses only its last, growing block instead of the whole text on every frame (react-markdown parses
 * all it is given; at 2,000 tokens that was ~100 ms per frame). Joined with "\n", the blocks give back the
 * text exactly.
 *
 * It only splits where that cannot change the result: at a blank line outside a fenced code block, before a
 * line that starts at the margin and is not a list item or quote (those may continue the block before). A
 * reply with document-wide constructs (link reference or footnote definitions, HTML blocks that may span
 * blank lines) is kept whole.
 */
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** May belong to the block before a blank line: indented, a list item, a block quote. */
const MAY_CONTINUE = /^(?:[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>)/;
/** Read across the whole document, or able to span blank lines: never split such a reply. */
const DOCUMENT_WIDE = /^ {0,3}(?:<|\[[^\]]+\]:)/;

export function splitMarkdownBlocks(text: string): string[] {
  const lines = text.split("\n");
  const blocks: string[] = [];
  let blockStart = 0;
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence !== undefined) {
      const closing = FENCE_CLOSING.exec(line)?.[1];
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = undefined;
      continue;
    }
    if (DOCUMENT_WIDE.test(line)) return [text];
    fence = FENCE_OPENING.exec(line)?.[1];
    const next = lines[index + 1];
    if (line.trim() === "" && next !== undefined && next.trim() !== "" && !MAY_CONTINUE.test(next)) {
      blocks.push(lines.slice(blockStart, index + 1).join("\n"));
      blockStart = index + 1;
    }
  }
  blocks.push(lines.slice(blockStart).join("\n"));
  return blocks;
}

/** Shortest run of finished blocks formatted together: fewer, larger requests to the worker and pieces to show. */
const CHUNK_CHARS = 2000;

/**
 * The reply in chunks of whole blocks, each at least CHUNK_CHARS long except the last, which holds the block
 * still growing. A chunk closes only at a finished block, so while a reply streams its earlier chunks never
 * change: only the last is formatted again. Joined with "\n", the chunks give back the text exactly.
 */
export function splitMarkdownChunks(text: string): string[] {
  const blocks = splitMarkdownBlocks(text);
  const chunks: string[] = [];
  let start = 0;
  let length = 0;
  for (let index = 0; index < blocks.length - 1; index++) {
    length += blocks[index]!.length + 1;
    if (length >= CHUNK_CHARS) {
      chunks.push(blocks.slice(start, index + 1).join("\n"));
      start = index + 1;
      length = 0;
    }
  }
  chunks.push(blocks.slice(start).join("\n"));
  return chunks;
}
