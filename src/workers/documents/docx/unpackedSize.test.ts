import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { unpacksPast } from "./unpackedSize";

const docx = (documentXmlBytes: number) =>
  zipSync({
    "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
    "word/document.xml": new Uint8Array(documentXmlBytes).fill(0x20),
  });

describe("unpacksPast", () => {
  it("counts what the archive inflates to, not its size on disk", () => {
    const archive = docx(4 * 1024 * 1024);
    expect(archive.length).toBeLessThan(64 * 1024); // spaces compress about a thousand to one
    expect(unpacksPast(archive, 1024 * 1024)).toBe(true);
    expect(unpacksPast(archive, 8 * 1024 * 1024)).toBe(false);
  });

  it("adds up every entry", () => {
    const archive = zipSync({
      "word/document.xml": new Uint8Array(600_000),
      "word/footnotes.xml": new Uint8Array(600_000),
    });
    expect(unpacksPast(archive, 1_000_000)).toBe(true);
    expect(unpacksPast(archive, 1_300_000)).toBe(false);
  });

  it("leaves damaged or non-zip bytes to the reader that says they are damaged", () => {
    expect(unpacksPast(new TextEncoder().encode("PK\u0003\u0004 broken"), 10)).toBe(false);
    expect(unpacksPast(new Uint8Array(0), 10)).toBe(false);
    const archive = docx(100_000);
    expect(unpacksPast(archive.subarray(0, archive.length / 2), 1_000_000)).toBe(false);
  });
});
