import type { StructuredText } from "../../../domain/retrieval/document";
import { StructuredTextBuilder } from "../structuredTextBuilder";

/** Plain text and source code: paragraphs are separated by blank lines (in code: functions, blocks). */
export function extractPlainText(text: string): StructuredText {
  const builder = new StructuredTextBuilder();
  for (const paragraph of text.split(/\n[ \t]*\n/)) builder.paragraph(paragraph);
  return builder.build();
}

/** The longest header kept as a section title; a longer first line is surely not a header. */
const MAX_HEADER_LENGTH = 500;

/**
 * CSV and TSV: one block per row. The first row (the header) is the section title of every row, so each
 * chunk of rows is shown to the model with its column names. Rows are not parsed: quoted fields holding
 * line breaks still read naturally as text.
 */
export function extractDelimitedText(text: string): StructuredText {
  const builder = new StructuredTextBuilder();
  const rows = text.split("\n");
  const firstRow = rows.findIndex((row) => row.trim() !== "");
  if (firstRow < 0) return builder.build();
  const header = rows[firstRow]!;
  if (header.length <= MAX_HEADER_LENGTH) builder.heading(header, 1);
  else builder.paragraph(header);
  for (const row of rows.slice(firstRow + 1)) builder.paragraph(row);
  return builder.build();
}
