// @vitest-environment node
/*
 * pdf.js in Node: the same legacy build and the same in-thread "worker" setup the documents worker uses in
 * the browser (e2e/documents-extraction.spec.ts runs these files through the built worker in Chromium).
 */
import { describe, expect, it } from "vitest";
import { chunkText } from "../../../domain/retrieval/document";
import type { ExtractionProgress } from "../../../services/documents/protocol";
import { extractDocument } from "../extractDocument";
import {
  fileOf,
  fivePageReport,
  makePdf,
  PAGE_THREE_ANSWER,
  passwordProtectedPdf,
  scannedPdf,
} from "../testing/samplePdfs";

async function extract(bytes: Uint8Array | string, name = "report.pdf", signal?: AbortSignal) {
  const progress: ExtractionProgress[] = [];
  const outcome = await extractDocument(fileOf(bytes, name, "application/pdf"), {
    documentId: "report",
    onProgress: (step) => progress.push(step),
    ...(signal ? { signal } : {}),
  });
  return { outcome, progress };
}

describe("extracting a PDF", () => {
  it("keeps every page's place in the text, so a passage knows its page", async () => {
    const { outcome } = await extract(await fivePageReport());
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const { document, chunks } = outcome.result;
    expect(document.format).toBe("pdf");
    expect(document.pageCount).toBe(5);
    expect(document.title).toBe("Northern site report");
    expect(document.pagesWithoutText).toEqual([]);
    const pageTexts = document.pages!.map((page) => chunkText(document.text, page));
    expect(pageTexts.map((text) => text.includes(PAGE_THREE_ANSWER))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(pageTexts[0]).toMatch(/^Page 1 reviews/);
    expect(pageTexts[4]).toMatch(/End of page 5\.$/);

    const answer = chunks.find((chunk) => chunkText(document.text, chunk).includes(PAGE_THREE_ANSWER));
    expect(answer).toMatchObject({
      documentId: "report",
      pageStart: 3,
      pageEnd: 3,
      headingPath: ["Maintenance"],
    });
  });

  it("reads paragraphs as paragraphs and lines as lines", async () => {
    const { outcome } = await extract(await fivePageReport());
    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.result.document.text).toContain(
      "staffing, deliveries and the\ncafeteria schedule. Nothing unusual was recorded in this section of the report." +
        "\n\nEnd of page 1.\n\nPage 2 reviews",
    );
  });

  it("starts a chunk at each bookmark of the outline, named after it", async () => {
    const { outcome } = await extract(await fivePageReport());
    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(
      outcome.result.chunks.map((chunk) => [chunk.headingPath.join(" > "), chunk.pageStart, chunk.pageEnd]),
    ).toEqual([
      ["Operations", 1, 2],
      ["Maintenance", 3, 3],
      ["Outlook", 4, 5],
    ]);
  });

  it("reports progress page by page", async () => {
    const { progress } = await extract(await fivePageReport());
    expect(progress).toEqual([
      { stage: "reading" },
      ...[0, 1, 2, 3, 4, 5].map((done) => ({ stage: "pages", done, total: 5 })),
      { stage: "chunking" },
    ]);
  });

  it("says a scanned PDF has no text layer instead of indexing it as empty", async () => {
    const { outcome } = await extract(await scannedPdf(3));
    expect(outcome).toEqual({ ok: false, problem: { code: "scanned-pdf", pages: 3 } });
  });

  it("reads the pages with text and lists the scanned ones", async () => {
    const bytes = await makePdf([
      { paragraphs: ["Typed cover letter."] },
      { image: true },
      { paragraphs: ["Typed annex."] },
    ]);
    const { outcome } = await extract(bytes);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const { document } = outcome.result;
    expect(document.pagesWithoutText).toEqual([2]);
    expect(document.pages).toEqual([
      { start: 0, end: 19 },
      { start: 19, end: 19 },
      { start: 21, end: 33 },
    ]);
  });

  it("refuses a password-protected PDF as such", async () => {
    const { outcome } = await extract(await passwordProtectedPdf());
    expect(outcome).toEqual({ ok: false, problem: { code: "encrypted", format: "pdf" } });
  });

  it("refuses a damaged or truncated PDF, and a .pdf that is not one", async () => {
    const whole = await fivePageReport();
    const corrupt = { ok: false, problem: { code: "corrupt", format: "pdf" } };
    expect((await extract(whole.slice(0, whole.length / 2))).outcome).toEqual(corrupt);
    expect((await extract("%PDF-1.7\nthis is not the rest of a PDF")).outcome).toEqual(corrupt);
    expect((await extract("Dear Sir, this letter was saved as .pdf by mistake.")).outcome).toEqual(corrupt);
  });

  it("reads a PDF by its bytes whatever its name says", async () => {
    const { outcome } = await extract(await fivePageReport(), "report.txt");
    expect(outcome.ok && outcome.result.document.format).toBe("pdf");
  });

  it("stops between pages when cancelled", async () => {
    const controller = new AbortController();
    const bytes = await fivePageReport();
    const progress: ExtractionProgress[] = [];
    const outcome = await extractDocument(fileOf(bytes, "report.pdf"), {
      documentId: "report",
      signal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        if (step.stage === "pages" && step.done === 2) controller.abort();
      },
    });
    expect(outcome).toEqual({ ok: false, problem: { code: "cancelled" } });
    expect(progress.at(-1)).toEqual({ stage: "pages", done: 2, total: 5 });
  });
});
