import type { PDFDocumentProxy } from "pdfjs-dist";

/** A bookmark of the PDF's outline, placed on its page. */
export interface OutlineSection {
  /** 1-based page the bookmark points to. */
  page: number;
  /** 1 for a top-level bookmark. */
  level: number;
  title: string;
}

/** Enough for any real table of contents; a PDF with more bookmarks has them for something else. */
const MAX_BOOKMARKS = 2000;
const MAX_LEVEL = 6;

type OutlineItem = Awaited<ReturnType<PDFDocumentProxy["getOutline"]>>[number];

/**
 * The PDF's bookmarks (its outline) as sections by page, in reading order. Cheap (one lookup per bookmark),
 * and the best heading information a PDF has: its text carries no heading marks. Bookmarks that point
 * nowhere are skipped; a PDF without an outline gives an empty list.
 */
export async function outlineSections(pdf: PDFDocumentProxy): Promise<OutlineSection[]> {
  const outline = await pdf.getOutline().catch(() => null);
  if (!outline) return [];
  const flat: { item: OutlineItem; level: number }[] = [];
  const flatten = (items: readonly OutlineItem[], level: number) => {
    for (const item of items) {
      if (flat.length >= MAX_BOOKMARKS) return;
      flat.push({ item, level });
      if (level < MAX_LEVEL) flatten(item.items, level + 1);
    }
  };
  flatten(outline, 1);

  const sections: OutlineSection[] = [];
  for (const { item, level } of flat) {
    const page = await destinationPage(pdf, item.dest);
    const title = item.title.replace(/\s+/g, " ").trim();
    if (page !== undefined && title) sections.push({ page, level, title });
  }
  // Stable: bookmarks on one page keep their outline order.
  return sections.sort((a, b) => a.page - b.page);
}

async function destinationPage(
  pdf: PDFDocumentProxy,
  dest: OutlineItem["dest"],
): Promise<number | undefined> {
  try {
    const explicit = typeof dest === "string" ? await pdf.getDestination(dest) : dest;
    const target: unknown = explicit?.[0];
    if (typeof target === "number") return target + 1;
    if (isReference(target)) return (await pdf.getPageIndex(target)) + 1;
  } catch {
    // A bookmark to a missing page or a broken destination: no section for it.
  }
  return undefined;
}

/** A reference to a page object, as pdf.js gives it in an explicit destination. */
function isReference(value: unknown): value is { num: number; gen: number } {
  return (
    typeof value === "object" &&
    value !== null &&
    "num" in value &&
    typeof value.num === "number" &&
    "gen" in value &&
    typeof value.gen === "number"
  );
}
