/**
 * Bytes of a "text" file to a string: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, and
 * otherwise Windows-1252 — what older Portuguese and English text files on Windows are written in, and a
 * superset of Latin-1. Line endings become "\n". Returns undefined for bytes that are not text at all.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return normaliseLineEndings(new TextDecoder(utf16).decode(bytes));
  if (looksBinary(bytes)) return undefined;
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return normaliseLineEndings(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return normaliseLineEndings(new TextDecoder("windows-1252").decode(bytes));
  }
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** How much of the start is checked: enough to catch any binary format's header. */
const SNIFF_BYTES = 8192;

/** A NUL byte never appears in a UTF-8 or single-byte text file, and almost always early in a binary one. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
