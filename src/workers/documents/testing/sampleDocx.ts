/**
 * Word .docx files made by the tests: the few parts Word itself needs (content types, relationships, the
 * document, its styles) zipped with fflate. Styles are given by id and name, as Word writes them: a
 * Portuguese Word calls "Heading 1" `Ttulo1` in the document but still names it "heading 1".
 */
import { strToU8, zipSync } from "fflate";

export type DocxContent =
  | { paragraph: string; style?: string }
  /** A table: rows of cells, each cell one paragraph. */
  | { table: string[][] };

export interface DocxStyle {
  id: string;
  name: string;
}

export const ENGLISH_HEADINGS: DocxStyle[] = [
  { id: "Heading1", name: "heading 1" },
  { id: "Heading2", name: "heading 2" },
];

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function makeDocx(
  content: readonly DocxContent[],
  styles: readonly DocxStyle[] = ENGLISH_HEADINGS,
): Uint8Array {
  return zipSync(docxParts(content, styles));
}

function docxParts(
  content: readonly DocxContent[],
  styles: readonly DocxStyle[],
): Record<string, Uint8Array> {
  return {
    "[Content_Types].xml": xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
        `</Types>`,
    ),
    "_rels/.rels": xml(
      `<Relationships xmlns="${RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": xml(
      `<Relationships xmlns="${RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "word/styles.xml": xml(
      `<w:styles xmlns:w="${W}">` +
        styles
          .map(
            (style) =>
              `<w:style w:type="paragraph" w:styleId="${style.id}"><w:name w:val="${style.name}"/></w:style>`,
          )
          .join("") +
        `</w:styles>`,
    ),
    "word/document.xml": xml(
      `<w:document xmlns:w="${W}"><w:body>${content.map(part).join("")}</w:body></w:document>`,
    ),
  };
}

/**
 * A "zip bomb" .docx: a valid document whose body is padded with `unpackedBytes` of spaces, which deflate about
 * a thousand to one (160 MB of them are some 160 KB in the file).
 */
export function explodingDocx(unpackedBytes: number): Uint8Array {
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="${W}"><w:body>`);
  const tail = strToU8(`${paragraph("Looks small.")}</w:body></w:document>`);
  const document = new Uint8Array(head.length + unpackedBytes + tail.length).fill(0x20);
  document.set(head);
  document.set(tail, head.length + unpackedBytes);
  return zipSync({ ...docxParts([], ENGLISH_HEADINGS), "word/document.xml": document });
}

/** A .docx as Word saves it with a password: an OLE compound file holding an "EncryptionInfo" stream. */
export function passwordProtectedDocx(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = [..."EncryptionInfo"].flatMap((char) => [char.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}

function part(content: DocxContent): string {
  if ("table" in content) {
    const rows = content.table.map(
      (row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join("")}</w:tr>`,
    );
    return `<w:tbl>${rows.join("")}</w:tbl>`;
  }
  return paragraph(content.paragraph, content.style);
}

function paragraph(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

function xml(body: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
