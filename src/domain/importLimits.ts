/**
 * What a conversations file may hold. Far above any real history (a Sigilo export nests 5 levels deep, its
 * ids are 36 characters, automatic titles 48), low enough that a hostile or broken file is refused with a
 * reason instead of freezing the tab or filling the disk. They are about files; storage only reads a title cut
 * to `title` (recordSchema.ts).
 */
export const IMPORT_LIMITS = {
  /** Checked with File.size before the file is read. */
  bytes: 100 * 1024 * 1024,
  /** Nesting of arrays and objects. */
  depth: 32,
  conversations: 50_000,
  /** Messages in the whole file. */
  messages: 500_000,
  /** Characters of a conversation or message id. */
  id: 256,
  /** Characters of a title. */
  title: 10_000,
} as const;

export interface JsonShape {
  /** The deepest nesting seen (up to where the scan stopped). */
  depth: number;
  /** Nesting went past the limit: the scan stopped there. */
  tooDeep: boolean;
  /** The text ends inside a string or with brackets left open: a cut-off file. */
  truncated: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPENERS = new Set([91, 123]); // [ {
const CLOSERS = new Set([93, 125]); // ] }

/** One pass over JSON text, outside strings: how deep it nests and whether it stops mid-way. */
export function jsonShape(text: string, depthLimit: number): JsonShape {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (depth > depthLimit) return { depth, tooDeep: true, truncated: false };
    } else if (CLOSERS.has(code)) depth -= 1;
  }
  return { depth: deepest, tooDeep: false, truncated: inString || depth > 0 };
}

/**
 * A ChatGPT export is read conversation by conversation (never whole), and most of its bytes are metadata that
 * is not imported, so it may be larger than a Sigilo file: real ones run past 100 MB.
 */
export const CHATGPT_IMPORT_BYTES = 1024 * 1024 * 1024;

const BOM = [0xef, 0xbb, 0xbf];
const JSON_WHITESPACE = new Set([9, 10, 13, 32]);

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"

/**
 * What a file is, from its first bytes: a zip archive (ChatGPT's "Export data" archive), a JSON array (its
 * conversations.json), or anything else (a Sigilo file).
 */
export function conversationFileKind(head: Uint8Array): "zip" | "json-array" | "other" {
  if (ZIP_SIGNATURE.every((byte, index) => head[index] === byte)) return "zip";
  let at = BOM.every((byte, index) => head[index] === byte) ? BOM.length : 0;
  while (at < head.length && JSON_WHITESPACE.has(head[at]!)) at += 1;
  return head[at] === 91 ? "json-array" : "other";
}

/** The largest file of this kind that is read at all. */
export function importByteLimit(kind: ReturnType<typeof conversationFileKind>): number {
  return kind === "other" ? IMPORT_LIMITS.bytes : CHATGPT_IMPORT_BYTES;
}
