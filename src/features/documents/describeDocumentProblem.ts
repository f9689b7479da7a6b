import type { DocumentProblem } from "../../domain/retrieval/documentProblem";
import type { Messages } from "../../i18n/messages/en";
import type { Language } from "../../i18n/language";
import { formatBytes } from "../../lib/format";

/** A page of dense text holds about this many characters: only for telling the user what a limit means. */
const CHARACTERS_PER_PAGE = 2000;

/** Why a file could not be read, and what to do about it, in the interface's language. */
export function describeDocumentProblem(
  t: Messages,
  language: Language,
  fileName: string,
  problem: DocumentProblem,
): string {
  const words = t.documentProblem;
  const count = (value: number) => new Intl.NumberFormat(language).format(value);
  switch (problem.code) {
    case "empty-file":
      return words.emptyFile(fileName);
    case "too-large":
      return words.tooLarge(
        fileName,
        formatBytes(problem.bytes, language),
        formatBytes(problem.limitBytes, language),
      );
    case "unsupported-type":
      return unsupported(t, fileName, problem.extension);
    case "not-text":
      return words.notText(fileName);
    case "encrypted":
      return words.encrypted(fileName);
    case "corrupt":
      return problem.format === "pdf" ? words.corruptPdf(fileName) : words.corruptDocx(fileName);
    case "scanned-pdf":
      return words.scannedPdf(fileName, problem.pages);
    case "no-text":
      return words.noText(fileName);
    case "text-too-large":
      return words.textTooLarge(
        fileName,
        count(problem.limitCharacters),
        count(Math.round(problem.limitCharacters / CHARACTERS_PER_PAGE)),
      );
    case "unpacks-too-large":
      return words.unpacksTooLarge(fileName, formatBytes(problem.limitBytes, language));
    case "unreadable-file":
      return words.unreadableFile(fileName);
    case "cancelled":
      return words.cancelled(fileName);
    case "extraction-failed":
      return words.extractionFailed(fileName, problem.detail);
  }
}

/** Formats people often try, with what to do instead. */
function unsupported(t: Messages, fileName: string, extension: string): string {
  const words = t.documentProblem;
  if (extension === "doc") return words.oldWordDocument(fileName);
  if (["xls", "xlsx", "xlsm", "ods", "numbers"].includes(extension)) return words.spreadsheet(fileName);
  if (extension === "odt") return words.openDocumentText(fileName);
  return words.unsupportedType(fileName, extension);
}

/** "Pages 2–4, 7 of “scan.pdf” have no text…", or undefined when every page had text. */
export function describePagesWithoutText(
  t: Messages,
  fileName: string,
  pages: readonly number[],
): string | undefined {
  if (pages.length === 0) return undefined;
  return t.documentProblem.pagesWithoutText(fileName, pageRanges(pages), pages.length);
}

/** [2, 3, 4, 7] → "2–4, 7". */
export function pageRanges(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    ranges.push(first === sorted[i] ? `${first}` : `${first}–${sorted[i]}`);
  }
  return ranges.join(", ");
}
