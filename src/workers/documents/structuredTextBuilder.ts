import type { StructuredText, TextBlock } from "../../domain/retrieval/document";

const BLOCK_SEPARATOR = "\n\n";
const NO_HEADINGS: readonly string[] = Object.freeze([]);

/**
 * Builds a document's text block by block, recording where each block is. Blocks are trimmed and
 * separated by a blank line; empty ones are dropped. Headings are tracked as a path (level → title), so
 * every block knows the section it is in, and blocks of one section share one path array.
 */
export class StructuredTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly blocks: TextBlock[] = [];
  private path: readonly string[] = NO_HEADINGS;
  /** The level of each entry of `path`. */
  private levels: number[] = [];

  /** Adds a paragraph-like block under the current headings. Returns it, or undefined when it was empty. */
  paragraph(text: string, page?: number): TextBlock | undefined {
    return this.push(text, { headingPath: this.path, ...(page === undefined ? {} : { page }) });
  }

  /**
   * Adds a heading line of `level` (1 = outermost): it closes the sections at its level and below. `title`
   * names the section in paths when the line itself carries marks (Markdown's `## `).
   */
  heading(
    text: string,
    level: number,
    options: { title?: string; page?: number } = {},
  ): TextBlock | undefined {
    const title = collapseWhitespace(options.title ?? text);
    if (!title || !text.trim()) return undefined;
    this.enterSection(title, level);
    return this.push(text, {
      headingPath: this.path,
      heading: true,
      ...(options.page === undefined ? {} : { page: options.page }),
    });
  }

  /** Starts a section without adding its title to the text (a PDF outline entry, a CSV header). */
  enterSection(title: string, level: number): void {
    const keep = this.levels.findIndex((existing) => existing >= level);
    const depth = keep < 0 ? this.levels.length : keep;
    this.levels = [...this.levels.slice(0, depth), level];
    this.path = Object.freeze([...this.path.slice(0, depth), collapseWhitespace(title)]);
  }

  /** Characters so far. */
  get characters(): number {
    return this.length;
  }

  build(): StructuredText {
    return { text: this.parts.join(""), blocks: this.blocks };
  }

  private push(text: string, fields: Omit<TextBlock, "start" | "end">): TextBlock | undefined {
    const trimmed = text.trim();
    if (!trimmed) return undefined;
    if (this.length > 0) {
      this.parts.push(BLOCK_SEPARATOR);
      this.length += BLOCK_SEPARATOR.length;
    }
    this.parts.push(trimmed);
    const block = { ...fields, start: this.length, end: this.length + trimmed.length };
    this.blocks.push(block);
    this.length += trimmed.length;
    return block;
  }
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
