/**
 * PDFs made by the tests (pdf-lib), for the extraction unit tests, the e2e tests and the bench: nothing is
 * checked in, and each file holds exactly what its test looks for.
 */
import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts, type PDFPage } from "pdf-lib";
import { zlibSync } from "fflate";

/** What the 5-page report says on page 3, and only there. */
export const PAGE_THREE_ANSWER = "The emergency generator is serviced every 45 days by Lumen Power.";

export interface PdfPage {
  /** Paragraphs, each drawn as lines of at most ~90 characters, with a blank line between paragraphs. */
  paragraphs?: string[];
  /** Draw a gray image over the page (a scanned page has an image and no text). */
  image?: boolean;
}

export interface PdfOptions {
  title?: string;
  /** Bookmarks: title and 1-based page; nested bookmarks are not needed by the tests. */
  outline?: { title: string; page: number }[];
}

export async function makePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const image = pages.some((page) => page.image) ? await pdf.embedPng(grayPng(64, 64)) : undefined;
  for (const content of pages) {
    const page = pdf.addPage([595, 842]);
    if (content.image && image) page.drawImage(image, { x: 50, y: 100, width: 495, height: 640 });
    let y = 780;
    for (const paragraph of content.paragraphs ?? []) {
      for (const line of wrap(paragraph, 90)) {
        page.drawText(line, { x: 50, y, size: 11, font });
        y -= 14;
      }
      y -= 14;
    }
  }
  if (options.title) pdf.setTitle(options.title);
  if (options.outline) addOutline(pdf, options.outline);
  return pdf.save({ useObjectStreams: false });
}

/** The 5-page report whose answer is only on page 3, with an outline of one bookmark per chapter. */
export function fivePageReport(): Promise<Uint8Array> {
  const filler = (page: number) =>
    `Page ${page} reviews the quarterly operations of the northern site: staffing, deliveries and the ` +
    `cafeteria schedule. Nothing unusual was recorded in this section of the report.`;
  const pages = [1, 2, 3, 4, 5].map((page) => ({
    paragraphs: page === 3 ? [filler(page), PAGE_THREE_ANSWER] : [filler(page), `End of page ${page}.`],
  }));
  return makePdf(pages, {
    title: "Northern site report",
    outline: [
      { title: "Operations", page: 1 },
      { title: "Maintenance", page: 3 },
      { title: "Outlook", page: 4 },
    ],
  });
}

/** A PDF of scanned pages: images, and not one character of text. */
export function scannedPdf(pageCount = 2): Promise<Uint8Array> {
  return makePdf(Array.from({ length: pageCount }, () => ({ image: true })));
}

/**
 * A password-protected PDF. pdf-lib cannot encrypt, so the trailer gets a standard security handler whose
 * check values no password opens: pdf.js asks for a password exactly as for a real one.
 */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await makePdf([{ paragraphs: ["Confidential."] }]));
  const context = pdf.context;
  const bytes32 = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, "0")).join("");
  const encrypt = context.obj({ Filter: "Standard", V: 1, R: 2, Length: 40, P: -44 });
  encrypt.set(PDFName.of("O"), PDFHexString.of(bytes32(7)));
  encrypt.set(PDFName.of("U"), PDFHexString.of(bytes32(11)));
  context.trailerInfo.Encrypt = context.register(encrypt);
  const id = PDFHexString.of(bytes32(3).slice(0, 32));
  context.trailerInfo.ID = context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

/** A long PDF (the bench's 100 pages), every page with a few paragraphs of varied text. */
export function longPdf(pageCount: number): Promise<Uint8Array> {
  const pages = Array.from({ length: pageCount }, (_, index) => ({
    paragraphs: [1, 2, 3, 4].map(
      (paragraph) =>
        `Page ${index + 1}, paragraph ${paragraph}: the committee reviewed item ${index * 4 + paragraph} of the ` +
        `maintenance plan, its cost, the suppliers involved and the schedule agreed for the next quarter. ` +
        `Members asked for the figures to be checked against the previous year's budget before approval.`,
    ),
  }));
  return makePdf(pages, { title: `A ${pageCount}-page plan` });
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function addOutline(pdf: PDFDocument, bookmarks: readonly { title: string; page: number }[]): void {
  const context = pdf.context;
  const pages: PDFPage[] = pdf.getPages();
  const outlineRef = context.nextRef();
  const itemRefs = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, index) => {
    const item = context.obj({});
    item.set(PDFName.of("Title"), PDFString.of(bookmark.title));
    item.set(PDFName.of("Parent"), outlineRef);
    item.set(PDFName.of("Dest"), context.obj([pages[bookmark.page - 1]!.ref, PDFName.of("Fit")]));
    if (index > 0) item.set(PDFName.of("Prev"), itemRefs[index - 1]!);
    if (index < bookmarks.length - 1) item.set(PDFName.of("Next"), itemRefs[index + 1]!);
    context.assign(itemRefs[index]!, item);
  });
  const outline = context.obj({ Type: "Outlines", Count: bookmarks.length });
  outline.set(PDFName.of("First"), itemRefs[0]!);
  outline.set(PDFName.of("Last"), itemRefs[itemRefs.length - 1]!);
  context.assign(outlineRef, outline);
  pdf.catalog.set(PDFName.of("Outlines"), outlineRef);
}

/** A tiny gray PNG (8-bit grayscale), built by hand: pdf-lib embeds PNGs, and none is checked in. */
function grayPng(width: number, height: number): Uint8Array {
  const rows = new Uint8Array(height * (width + 1));
  // Each row: filter byte 0, then a shade of gray.
  for (let y = 0; y < height; y++)
    rows.fill(128 + ((y * 3) % 64), y * (width + 1) + 1, (y + 1) * (width + 1));
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return concat([
    Uint8Array.from(signature),
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlibSync(rows)),
    pngChunk("IEND", new Uint8Array()),
  ]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(new TextEncoder().encode(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** A File as the user would choose it, holding `bytes`. */
export function fileOf(bytes: Uint8Array | string, name: string, type = ""): File {
  const part = typeof bytes === "string" ? bytes : bytes.slice();
  return new File([part], name, { type });
}
