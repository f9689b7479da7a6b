import type { StructuredText } from "../../../domain/retrieval/document";
import { StructuredTextBuilder } from "../structuredTextBuilder";

/** `# Title`, up to `###### Title`, with optional closing hashes (CommonMark ATX headings). */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** A line of `=` (level 1) or `-` (level 2) under a paragraph line (CommonMark setext headings). */
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Markdown as text, with its headings: paragraphs are separated by blank lines, headings start sections,
 * and fenced code stays one block (a `#` inside it is not a heading). The text keeps its Markdown marks,
 * which the model reads well; section paths hold the headings' plain titles.
 */
export function extractMarkdown(markdown: string): StructuredText {
  const builder = new StructuredTextBuilder();
  let paragraph: string[] = [];
  let fence: { marker: string; lines: string[] } | undefined;
  const flush = () => {
    builder.paragraph(paragraph.join("\n"));
    paragraph = [];
  };

  for (const line of markdown.split("\n")) {
    if (fence) {
      fence.lines.push(line);
      if (closesFence(line, fence.marker)) {
        builder.paragraph(fence.lines.join("\n"));
        fence = undefined;
      }
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      flush();
      fence = { marker: opening[1]!, lines: [line] };
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flush();
      builder.heading(line, atx[1]!.length, { title: plainHeading(atx[2] ?? "") });
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && paragraph.length > 0) {
      // The paragraph's last line is the heading; lines before it stay a paragraph of their own.
      const title = paragraph.pop()!;
      flush();
      builder.heading(`${title}\n${line}`, setext[1]!.startsWith("=") ? 1 : 2, {
        title: plainHeading(title),
      });
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  if (fence) builder.paragraph(fence.lines.join("\n"));
  flush();
  return builder.build();
}

function closesFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(marker) && /^(`+|~+)$/.test(trimmed) && trimmed[0] === marker[0];
}

/** A heading's title without inline marks, for the section path (the text itself keeps them). */
function plainHeading(title: string): string {
  return title
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .trim();
}
