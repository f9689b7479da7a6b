import { describe, expect, it } from "vitest";
import type { DocumentProblem } from "../../domain/retrieval/documentProblem";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import { describeDocumentProblem, describePagesWithoutText, pageRanges } from "./describeDocumentProblem";
import { describeSources, documentPromptWording } from "./documentSources";

describe("describeDocumentProblem", () => {
  const english = (problem: DocumentProblem) => describeDocumentProblem(en, "en", "report.pdf", problem);

  it("says in English exactly why a file cannot be read and what to do", () => {
    expect(english({ code: "empty-file" })).toBe(
      "“report.pdf” is empty (0 bytes): there is nothing to read.",
    );
    expect(english({ code: "too-large", bytes: 400 * 1024 * 1024, limitBytes: 200 * 1024 * 1024 })).toBe(
      "“report.pdf” is too large to read in the browser (400 MB; the limit is 200 MB). Split it, or attach only the part you need.",
    );
    expect(english({ code: "encrypted", format: "pdf" })).toContain("protected by a password");
    expect(english({ code: "corrupt", format: "pdf" })).toBe(
      "“report.pdf” could not be read: it is damaged, or not really a PDF.",
    );
    expect(english({ code: "corrupt", format: "docx" })).toContain("not really a Word (.docx) document");
    expect(english({ code: "scanned-pdf", pages: 12 })).toBe(
      "“report.pdf” has no text to read: its 12 pages are scanned images (there is no text layer). Run it through text recognition (OCR) and attach the result.",
    );
    expect(english({ code: "scanned-pdf", pages: 1 })).toContain("its page is a scanned image");
    expect(
      english({ code: "text-too-large", characters: 12_000_000, limitCharacters: 10_000_000 }),
    ).toContain("the limit is 10,000,000 characters, some 5,000 pages");
    expect(english({ code: "unpacks-too-large", limitBytes: 160 * 1024 * 1024 })).toBe(
      "“report.pdf” unpacks to more than 160 MB (a Word file is a compressed archive), too much to read in the browser. Save it as PDF, or attach a part of it.",
    );
    expect(english({ code: "not-text" })).toContain("looks like a binary file");
    expect(english({ code: "no-text", format: "pdf" })).toBe("“report.pdf” contains no text.");
    expect(english({ code: "unreadable-file" })).toContain("Choose it again.");
    expect(english({ code: "cancelled" })).toBe("Reading “report.pdf” was cancelled.");
    expect(english({ code: "extraction-failed", detail: "RangeError: x" })).toContain("(RangeError: x)");
  });

  it("names the supported formats, and says what to do with the ones people often try", () => {
    const unsupported = (name: string, extension: string) =>
      describeDocumentProblem(en, "en", name, { code: "unsupported-type", extension });
    expect(unsupported("photo.png", "png")).toBe(
      "“photo.png” cannot be read: .png files are not supported. Sigilo reads PDF, Word (.docx), text, Markdown, CSV, HTML and source code files.",
    );
    expect(unsupported("blob", "")).toContain("this kind of file is not supported");
    expect(unsupported("old.doc", "doc")).toContain("save it as .docx");
    expect(unsupported("budget.xlsx", "xlsx")).toContain("as CSV");
    expect(unsupported("letter.odt", "odt")).toContain("OpenDocument");
  });

  it("says it in Portuguese too, with Portuguese numbers", () => {
    expect(describeDocumentProblem(ptBR, "pt-BR", "contrato.pdf", { code: "encrypted", format: "pdf" })).toBe(
      "“contrato.pdf” é protegido por senha e por isso não pode ser lido. Abra-o, salve uma cópia sem a senha e anexe essa cópia.",
    );
    expect(
      describeDocumentProblem(ptBR, "pt-BR", "a.txt", {
        code: "text-too-large",
        characters: 1,
        limitCharacters: 10_000_000,
      }),
    ).toContain("10.000.000 caracteres, umas 5.000 páginas");
    expect(describeDocumentProblem(ptBR, "pt-BR", "scan.pdf", { code: "scanned-pdf", pages: 3 })).toContain(
      "suas 3 páginas são imagens digitalizadas",
    );
  });
});

describe("describePagesWithoutText", () => {
  it("lists scanned pages as ranges, or says nothing when there are none", () => {
    expect(pageRanges([7, 2, 3, 4, 9, 10])).toBe("2–4, 7, 9–10");
    expect(describePagesWithoutText(en, "mixed.pdf", [2, 3, 4, 7])).toBe(
      "Pages 2–4, 7 of “mixed.pdf” have no text (scanned images) and were not indexed.",
    );
    expect(describePagesWithoutText(en, "mixed.pdf", [5])).toBe(
      "Page 5 of “mixed.pdf” has no text (scanned images) and was not indexed.",
    );
    expect(describePagesWithoutText(ptBR, "misto.pdf", [5])).toBe(
      "A página 5 de “misto.pdf” não tem texto (imagens digitalizadas) e não foi indexada.",
    );
    expect(describePagesWithoutText(en, "a.pdf", [])).toBeUndefined();
  });
});

describe("describeSources", () => {
  it("writes the Sources line: each cited document with the pages of its cited passages", () => {
    const cited = [
      { documentId: "r", documentName: "report.pdf", pages: [4, 7], numbers: [2, 5] },
      { documentId: "n", documentName: "notes.md", pages: [], numbers: [1] },
    ];
    expect(describeSources(en, cited)).toBe("Sources: report.pdf p. 4, p. 7; notes.md");
    expect(describeSources(ptBR, cited)).toBe("Fontes: report.pdf p. 4, p. 7; notes.md");
    expect(describeSources(en, [])).toBeUndefined();
  });
});

describe("documentPromptWording", () => {
  it("heads each passage with its number, file, pages and section", () => {
    const wording = documentPromptWording(en);
    const source = { number: 3, documentId: "r", index: 0, documentName: "report.pdf", headingPath: [] };
    expect(
      wording.sourceHeader({ ...source, pageStart: 4, pageEnd: 5, headingPath: ["Results", "Revenue"] }),
    ).toBe("[3] report.pdf, pp. 4–5, Results › Revenue");
    expect(wording.sourceHeader({ ...source, pageStart: 4, pageEnd: 4 })).toBe("[3] report.pdf, p. 4");
    expect(wording.sourceHeader({ ...source, documentName: "notes.md" })).toBe("[3] notes.md");
    expect(documentPromptWording(ptBR).retrievedInstructions).toContain("entre colchetes, assim: [2]");
  });
});
