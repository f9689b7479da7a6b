import { describe, expect, it } from "vitest";
import { checkChosenDocument, documentFormatFor, fileExtension } from "./documentFormat";
import { MAX_DOCUMENT_BYTES } from "./documentProblem";

describe("documentFormatFor", () => {
  it("knows a file by its extension, in any case", () => {
    expect(documentFormatFor("Report.PDF", "")).toBe("pdf");
    expect(documentFormatFor("contract.docx", "")).toBe("docx");
    expect(documentFormatFor("notes.md", "")).toBe("markdown");
    expect(documentFormatFor("page.htm", "")).toBe("html");
    expect(documentFormatFor("data.tsv", "")).toBe("csv");
    expect(documentFormatFor("app.tsx", "")).toBe("code");
    expect(documentFormatFor("Makefile", "")).toBe("code");
    expect(documentFormatFor("server.log", "")).toBe("text");
  });

  it("falls back to the MIME type, and takes unknown text/* and extensionless files as text", () => {
    expect(documentFormatFor("download", "application/pdf")).toBe("pdf");
    expect(documentFormatFor("notes.unknown", "text/plain; charset=utf-8")).toBe("text");
    expect(documentFormatFor("README", "")).toBe("text");
    expect(documentFormatFor("photo.png", "image/png")).toBeUndefined();
    expect(documentFormatFor("archive.zip", "application/zip")).toBeUndefined();
    expect(documentFormatFor("mystery.bin", "")).toBeUndefined();
  });

  it("reads extensions without the dot, lower case", () => {
    expect(fileExtension("a.TAR.GZ")).toBe("gz");
    expect(fileExtension("noext")).toBe("");
    expect(fileExtension(".bashrc")).toBe("bashrc");
  });
});

describe("checkChosenDocument", () => {
  it("refuses what needs no reading to refuse, and names the format otherwise", () => {
    expect(checkChosenDocument({ name: "a.txt", type: "", size: 0 })).toEqual({
      ok: false,
      problem: { code: "empty-file" },
    });
    expect(checkChosenDocument({ name: "a.pdf", type: "", size: MAX_DOCUMENT_BYTES + 1 })).toEqual({
      ok: false,
      problem: { code: "too-large", bytes: MAX_DOCUMENT_BYTES + 1, limitBytes: MAX_DOCUMENT_BYTES },
    });
    expect(checkChosenDocument({ name: "a.pdf", type: "", size: MAX_DOCUMENT_BYTES })).toEqual({
      ok: true,
      format: "pdf",
    });
    expect(checkChosenDocument({ name: "a.exe", type: "", size: 5 })).toEqual({
      ok: false,
      problem: { code: "unsupported-type", extension: "exe" },
    });
  });
});
