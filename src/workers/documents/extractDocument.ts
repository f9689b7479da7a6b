import { chunkDocument, DEFAULT_CHUNKING, type ChunkingOptions } from "../../domain/retrieval/chunking";
import type { DocumentFormat, ExtractedDocument, StructuredText } from "../../domain/retrieval/document";
import { checkChosenDocument } from "../../domain/retrieval/documentFormat";
import { MAX_DOCUMENT_CHARACTERS, type DocumentProblem } from "../../domain/retrieval/documentProblem";
import type { ExtractionOutcome, ExtractionProgress } from "../../services/documents/protocol";
import { DocumentProblemError } from "./documentProblemError";
import { extractPdf } from "./pdf/extractPdf";
import { decodeText } from "./text/decodeText";
import { extractMarkdown } from "./text/extractMarkdown";
import { extractDelimitedText, extractPlainText } from "./text/extractPlainText";

export interface ExtractOptions {
  documentId: string;
  chunking?: ChunkingOptions;
  onProgress?: (progress: ExtractionProgress) => void;
  signal?: AbortSignal;
}

type Structured = StructuredText & Partial<Omit<ExtractedDocument, "format" | "text">>;

/**
 * Reads one file into text and chunks, or says precisely why it cannot: the whole pipeline of the
 * documents worker. Never throws: every failure is a DocumentProblem (unexpected ones as
 * "extraction-failed" with the technical detail).
 */
export async function extractDocument(file: File, options: ExtractOptions): Promise<ExtractionOutcome> {
  const onProgress = options.onProgress ?? (() => {});
  const signal = options.signal ?? new AbortController().signal;
  try {
    const checked = checkChosenDocument(file);
    if (!checked.ok) return checked;
    onProgress({ stage: "reading" });
    const bytes = await readBytes(file);
    signal.throwIfAborted();
    const format = confirmFormat(checked.format, bytes);
    const structured = await structure(format, bytes, onProgress, signal);
    signal.throwIfAborted();
    if (structured.text.length > MAX_DOCUMENT_CHARACTERS) {
      return failure({
        code: "text-too-large",
        characters: structured.text.length,
        limitCharacters: MAX_DOCUMENT_CHARACTERS,
      });
    }
    if (structured.blocks.length === 0) return failure({ code: "no-text", format });
    onProgress({ stage: "chunking" });
    const chunks = chunkDocument(options.documentId, structured, options.chunking ?? DEFAULT_CHUNKING);
    const { text, pageCount, pages, pagesWithoutText, title } = structured;
    const document: ExtractedDocument = {
      format,
      text,
      pagesWithoutText: pagesWithoutText ?? [],
      ...(title ? { title } : {}),
      ...(pageCount === undefined ? {} : { pageCount, pages: pages ?? [] }),
    };
    return { ok: true, result: { document, chunks } };
  } catch (error) {
    if (error instanceof DocumentProblemError) return failure(error.problem);
    if (signal.aborted) return failure({ code: "cancelled" });
    return failure({ code: "extraction-failed", detail: describeError(error) });
  }
}

function failure(problem: DocumentProblem): ExtractionOutcome {
  return { ok: false, problem };
}

async function readBytes(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    // NotReadableError and kin: the file was moved, deleted or changed after it was chosen.
    throw new DocumentProblemError({ code: "unreadable-file" });
  }
}

/**
 * The bytes decide over the name: a PDF is a PDF whatever it is called, and a ".pdf" or ".docx" that is
 * not one is damaged (or misnamed), which is what the user needs to hear.
 */
function confirmFormat(named: DocumentFormat, bytes: Uint8Array): DocumentFormat {
  if (startsPdf(bytes)) return "pdf";
  if (named === "pdf") throw new DocumentProblemError({ code: "corrupt", format: "pdf" });
  return named;
}

/** "%PDF-" within the first KB, where readers (pdf.js too) accept it. */
function startsPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

async function structure(
  format: DocumentFormat,
  bytes: Uint8Array,
  onProgress: (progress: ExtractionProgress) => void,
  signal: AbortSignal,
): Promise<Structured> {
  if (format === "pdf") return extractPdf(bytes, onProgress, signal);
  onProgress({ stage: "structure" });
  // The DOCX and HTML readers (mammoth, parse5) are chunks of their own: a text file never loads them.
  if (format === "docx") return (await import("./docx/extractDocx")).extractDocx(bytes);
  // UTF-8 takes at most 4 bytes a character: a file this large cannot hold less text than the limit.
  if (bytes.length / 4 > MAX_DOCUMENT_CHARACTERS) {
    const characters = Math.floor(bytes.length / 4);
    throw new DocumentProblemError({
      code: "text-too-large",
      characters,
      limitCharacters: MAX_DOCUMENT_CHARACTERS,
    });
  }
  const text = decodeText(bytes);
  if (text === undefined) throw new DocumentProblemError({ code: "not-text" });
  switch (format) {
    case "markdown":
      return extractMarkdown(text);
    case "html":
      return (await import("./html/extractHtml")).extractHtml(text);
    case "csv":
      return extractDelimitedText(text);
    case "text":
    case "code":
      return extractPlainText(text);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
