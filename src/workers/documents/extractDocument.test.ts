// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { chunkText } from "../../domain/retrieval/document";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_CHARACTERS } from "../../domain/retrieval/documentProblem";
import { extractDocument } from "./extractDocument";
import { fileOf } from "./testing/samplePdfs";

const extract = (file: File) => extractDocument(file, { documentId: "doc" });

describe("extractDocument", () => {
  it("refuses an empty file, a file too large and a type it cannot read, before reading a byte", async () => {
    const read = vi.fn(() => Promise.reject(new Error("must not be read")));
    const chosen = (name: string, size: number, type = "") =>
      ({ name, size, type, arrayBuffer: read }) as unknown as File;
    expect(await extract(chosen("notes.txt", 0))).toEqual({ ok: false, problem: { code: "empty-file" } });
    expect(await extract(chosen("scan.pdf", 400 * 1024 * 1024))).toEqual({
      ok: false,
      problem: { code: "too-large", bytes: 400 * 1024 * 1024, limitBytes: MAX_DOCUMENT_BYTES },
    });
    expect(await extract(chosen("budget.xlsx", 10))).toEqual({
      ok: false,
      problem: { code: "unsupported-type", extension: "xlsx" },
    });
    expect(await extract(chosen("photo.JPG", 10, "image/jpeg"))).toEqual({
      ok: false,
      problem: { code: "unsupported-type", extension: "jpg" },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it("says when the browser can no longer read the chosen file", async () => {
    const gone = {
      name: "notes.txt",
      size: 10,
      type: "text/plain",
      arrayBuffer: () => Promise.reject(new DOMException("changed", "NotReadableError")),
    } as unknown as File;
    expect(await extract(gone)).toEqual({ ok: false, problem: { code: "unreadable-file" } });
  });

  it("refuses binary bytes behind a text name", async () => {
    expect(await extract(fileOf(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]), "notes.txt"))).toEqual({
      ok: false,
      problem: { code: "not-text" },
    });
  });

  it("says so when a file holds only whitespace", async () => {
    expect(await extract(fileOf(" \n\n\t ", "notes.md"))).toEqual({
      ok: false,
      problem: { code: "no-text", format: "markdown" },
    });
  });

  it("refuses more text than can be indexed", async () => {
    const outcome = await extract(fileOf("x".repeat(MAX_DOCUMENT_CHARACTERS + 1), "huge.txt"));
    expect(outcome).toEqual({
      ok: false,
      problem: {
        code: "text-too-large",
        characters: MAX_DOCUMENT_CHARACTERS + 1,
        limitCharacters: MAX_DOCUMENT_CHARACTERS,
      },
    });
  });

  it("reads each text format by its name and chunks it, with the document id in every chunk", async () => {
    const cases: [string, string, string][] = [
      ["notes.txt", "One.\n\nTwo.", "text"],
      ["README", "Read me.", "text"],
      ["main.py", "def main():\n    pass", "code"],
      ["guide.md", "# Guide\n\nStep one.", "markdown"],
      ["page.html", "<h1>Page</h1><p>Body</p>", "html"],
      ["people.csv", "name,age\nAna,30", "csv"],
    ];
    for (const [name, content, format] of cases) {
      const outcome = await extract(fileOf(content, name));
      if (!outcome.ok) throw new Error(`${name}: ${outcome.problem.code}`);
      const { document, chunks } = outcome.result;
      expect(document.format, name).toBe(format);
      expect(document.pagesWithoutText).toEqual([]);
      expect(chunks.length, name).toBeGreaterThan(0);
      expect(chunks.every((chunk) => chunk.documentId === "doc")).toBe(true);
      expect(chunks.map((chunk) => chunkText(document.text, chunk)).join("\n\n")).toBe(document.text);
    }
  });

  it("gives an HTML page's title as the document's", async () => {
    const outcome = await extract(fileOf("<title>Policy</title><p>Text</p>", "policy.htm"));
    expect(outcome.ok && outcome.result.document.title).toBe("Policy");
  });

  it("answers cancelled when cancelled before reading", async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await extractDocument(fileOf("text", "a.txt"), {
      documentId: "a",
      signal: controller.signal,
    });
    expect(outcome).toEqual({ ok: false, problem: { code: "cancelled" } });
  });
});
