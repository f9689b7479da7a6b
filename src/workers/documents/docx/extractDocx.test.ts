// @vitest-environment node
import { describe, expect, it } from "vitest";
import { chunkText } from "../../../domain/retrieval/document";
import { extractDocument } from "../extractDocument";
import { makeDocx, passwordProtectedDocx } from "../testing/sampleDocx";
import { fileOf } from "../testing/samplePdfs";

const extract = (bytes: Uint8Array | string, name = "contract.docx") =>
  extractDocument(fileOf(bytes, name), { documentId: "contract" });

describe("extracting a Word document", () => {
  it("reads paragraphs, tables and headings, and files each passage under its headings", async () => {
    const docx = makeDocx([
      { paragraph: "Service agreement", style: "Heading1" },
      { paragraph: "This agreement is made between Acme and Lumen." },
      { paragraph: "Payment", style: "Heading2" },
      { paragraph: "Invoices are paid within 30 days." },
      {
        table: [
          ["Item", "Price"],
          ["Support", "R$ 1.200,00"],
        ],
      },
    ]);
    const outcome = await extract(docx);
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const { document, chunks } = outcome.result;
    expect(document).toMatchObject({ format: "docx", pagesWithoutText: [] });
    expect(document.pageCount).toBeUndefined();
    expect(document.text).toBe(
      "Service agreement\n\nThis agreement is made between Acme and Lumen.\n\nPayment\n\n" +
        "Invoices are paid within 30 days.\n\nItem | Price\nSupport | R$ 1.200,00",
    );
    expect(chunks.map((chunk) => [chunk.headingPath, chunkText(document.text, chunk)])).toEqual([
      [["Service agreement"], "Service agreement\n\nThis agreement is made between Acme and Lumen."],
      [
        ["Service agreement", "Payment"],
        "Payment\n\nInvoices are paid within 30 days.\n\nItem | Price\nSupport | R$ 1.200,00",
      ],
    ]);
  });

  it("knows headings by their style's name, as a Portuguese Word writes them", async () => {
    const docx = makeDocx(
      [{ paragraph: "Cláusula primeira", style: "Ttulo1" }, { paragraph: "O contratante pagará à vista." }],
      [{ id: "Ttulo1", name: "heading 1" }],
    );
    const outcome = await extract(docx, "contrato.docx");
    expect(outcome.ok && outcome.result.chunks[0]!.headingPath).toEqual(["Cláusula primeira"]);
  });

  it("refuses a password-protected document as such", async () => {
    expect(await extract(passwordProtectedDocx())).toEqual({
      ok: false,
      problem: { code: "encrypted", format: "docx" },
    });
  });

  it("refuses a damaged document, a zip that is not one, and an old .doc renamed", async () => {
    const corrupt = { ok: false, problem: { code: "corrupt", format: "docx" } };
    const docx = makeDocx([{ paragraph: "Text" }]);
    expect(await extract(docx.slice(0, docx.length - 40))).toEqual(corrupt);
    expect(await extract("PK\u0003\u0004 not really a zip")).toEqual(corrupt);
    const oldWord = passwordProtectedDocx().fill(0, 1024);
    expect(await extract(oldWord, "old.docx")).toEqual(corrupt);
  });

  it("says so when a document holds no text", async () => {
    expect(await extract(makeDocx([{ paragraph: "   " }]))).toEqual({
      ok: false,
      problem: { code: "no-text", format: "docx" },
    });
  });
});
