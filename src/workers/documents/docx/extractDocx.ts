import mammoth from "mammoth";
import type { StructuredText } from "../../../domain/retrieval/document";
import { DocumentProblemError } from "../documentProblemError";
import { extractHtml } from "../html/extractHtml";
import { unpacksPast } from "./unpackedSize";
import { MAX_DOCX_UNPACKED_BYTES } from "../../../domain/retrieval/documentProblem";

/**
 * A Word .docx through mammoth (the document's own paragraphs, tables, lists and footnotes, with "Heading
 * 1–6" styles as headings, whatever the style is called in the user's language), then read as HTML.
 * Images are left out without being decoded. A lazy chunk of the worker (with mammoth), loaded on the first .docx.
 */
export async function extractDocx(bytes: Uint8Array): Promise<StructuredText> {
  if (isCompoundFile(bytes)) {
    // Word saves a password-protected .docx inside an OLE compound file, beside an "EncryptionInfo" stream.
    const format = "docx";
    throw new DocumentProblemError(
      containsUtf16(bytes, "EncryptionInfo") ? { code: "encrypted", format } : { code: "corrupt", format },
    );
  }
  if (unpacksPast(bytes, MAX_DOCX_UNPACKED_BYTES)) {
    throw new DocumentProblemError({ code: "unpacks-too-large", limitBytes: MAX_DOCX_UNPACKED_BYTES });
  }
  let html: string;
  try {
    const arrayBuffer = toArrayBuffer(bytes);
    // The browser build of mammoth (what Vite bundles, by its "browser" field) reads `arrayBuffer`; its
    // Node build, which the unit tests run, reads `buffer`. JSZip takes either.
    const input = { arrayBuffer, buffer: arrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      ignoreEmptyParagraphs: true,
    });
    html = result.value;
  } catch {
    // Not a zip, or a zip without word/document.xml, or XML that does not parse.
    throw new DocumentProblemError({ code: "corrupt", format: "docx" });
  }
  const { text, blocks } = extractHtml(html);
  return { text, blocks };
}

const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** Whether `text` appears in `bytes` as UTF-16LE, as names do in a compound file's directory. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Uint8Array.from([...text].flatMap((char) => [char.charCodeAt(0), 0]));
  outer: for (let at = bytes.indexOf(pattern[0]!); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    for (let i = 1; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) continue outer;
    return true;
  }
  return false;
}

/** mammoth takes an ArrayBuffer: the view's own when it spans all of it, else a copy of the view. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}
