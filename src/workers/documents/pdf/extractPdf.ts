import type { PDFDocumentProxy } from "pdfjs-dist";
import type { StructuredText, TextRange } from "../../../domain/retrieval/document";
import { MAX_DOCUMENT_CHARACTERS } from "../../../domain/retrieval/documentProblem";
import { DocumentProblemError } from "../documentProblemError";
import type { ExtractionProgress } from "../../../services/documents/protocol";
import { StructuredTextBuilder } from "../structuredTextBuilder";
import { loadPdfJs } from "./loadPdfJs";
import { pageParagraphs, type PositionedText } from "./pageParagraphs";
import { outlineSections } from "./pdfOutline";

export interface ExtractedPdf extends StructuredText {
  pageCount: number;
  pages: TextRange[];
  pagesWithoutText: number[];
  title?: string;
}

/**
 * A PDF's text, page by page, with each page's place in the text and the outline's bookmarks as
 * sections. A PDF with no text on any page (a scan) is a problem, not an empty document; one that needs a
 * password or does not parse is refused as such. `signal` is checked between pages.
 */
export async function extractPdf(
  bytes: Uint8Array,
  onProgress: (progress: ExtractionProgress) => void,
  signal: AbortSignal,
): Promise<ExtractedPdf> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes,
    // Text only: no font faces, no canvas, no wasm image decoders (pdf.js 6 never evals, as the CSP requires).
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWasm: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      const format = "pdf";
      throw new DocumentProblemError(
        errorName(error) === "PasswordException"
          ? { code: "encrypted", format }
          : { code: "corrupt", format },
      );
    });
    return await readPages(pdf, onProgress, signal);
  } finally {
    await task.destroy();
  }
}

async function readPages(
  pdf: PDFDocumentProxy,
  onProgress: (progress: ExtractionProgress) => void,
  signal: AbortSignal,
): Promise<ExtractedPdf> {
  const pageCount = pdf.numPages;
  const sections = await outlineSections(pdf);
  const builder = new StructuredTextBuilder();
  const pages: TextRange[] = [];
  const pagesWithoutText: number[] = [];
  let unreadablePages = 0;
  let nextSection = 0;
  onProgress({ stage: "pages", done: 0, total: pageCount });

  for (let page = 1; page <= pageCount; page++) {
    signal.throwIfAborted();
    while (nextSection < sections.length && sections[nextSection]!.page <= page) {
      const { title, level } = sections[nextSection++]!;
      builder.enterSection(title, level);
    }
    const paragraphs = await pageText(pdf, page);
    if (paragraphs === undefined) unreadablePages++;
    const added = (paragraphs ?? []).flatMap((paragraph) => builder.paragraph(paragraph, page) ?? []);
    if (added.length === 0) pagesWithoutText.push(page);
    // A page without text is an empty range where its text would have been.
    const end = builder.characters;
    pages.push({ start: added[0]?.start ?? end, end });
    if (builder.characters > MAX_DOCUMENT_CHARACTERS) {
      throw new DocumentProblemError({
        code: "text-too-large",
        characters: builder.characters,
        limitCharacters: MAX_DOCUMENT_CHARACTERS,
      });
    }
    onProgress({ stage: "pages", done: page, total: pageCount });
  }

  if (unreadablePages === pageCount) throw new DocumentProblemError({ code: "corrupt", format: "pdf" });
  if (pagesWithoutText.length === pageCount) {
    throw new DocumentProblemError({ code: "scanned-pdf", pages: pageCount });
  }
  const title = await documentTitle(pdf);
  return { ...builder.build(), pageCount, pages, pagesWithoutText, ...(title ? { title } : {}) };
}

/** The page's paragraphs, or undefined when pdf.js cannot read the page at all. */
async function pageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<string[] | undefined> {
  try {
    const page = await pdf.getPage(pageNumber);
    const content = await page.getTextContent();
    page.cleanup();
    return pageParagraphs(
      content.items.filter((item): item is PositionedText & typeof item => "str" in item),
    );
  } catch {
    return undefined;
  }
}

async function documentTitle(pdf: PDFDocumentProxy): Promise<string | undefined> {
  const metadata = await pdf.getMetadata().catch(() => undefined);
  const info: unknown = metadata?.info;
  const title = info && typeof info === "object" && "Title" in info ? info.Title : undefined;
  return typeof title === "string" && title.trim() ? title.trim() : undefined;
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}
