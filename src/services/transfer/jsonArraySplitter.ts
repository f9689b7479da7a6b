import type { ImportProblem } from "../../domain/importValidation";

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPENERS = new Set([91, 123]); // [ {
const CLOSERS = new Set([93, 125]); // ] }
const WHITESPACE = new Set([9, 10, 13, 32, 0xfeff]);

/**
 * Cuts the text of a top-level JSON array into the texts of its elements as it arrives, chunk by chunk, so a
 * file of hundreds of megabytes is never one string nor one parsed value: each element is parsed on its own.
 * It only finds where elements end (outside strings, at the array's own level); JSON.parse judges each one.
 * Nesting deeper than `depthLimit` is refused before anything that deep is parsed.
 */
export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private closed = false;
  /** The current element's text from earlier chunks. */
  private pending: string[] = [];
  private inElement = false;
  /** An element (or a comma) was seen: an empty element after it is a syntax error, not an empty array. */
  private seenElement = false;

  constructor(private readonly depthLimit: number) {}

  /** The elements that end in this chunk, or why the text cannot be a JSON array. */
  push(chunk: string): string[] | ImportProblem {
    const elements: string[] = [];
    let start = this.inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i += 1) {
      const code = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) this.inString = false;
        continue;
      }
      if (WHITESPACE.has(code)) continue;
      if (this.closed) return { code: "not-json" };
      if (this.depth === 0) {
        if (code !== OPEN_ARRAY) return { code: "not-json" };
        this.depth = 1;
        continue;
      }
      if (this.depth === 1 && (code === COMMA || code === CLOSE_ARRAY)) {
        const text = (this.pending.join("") + (start >= 0 ? chunk.slice(start, i) : "")).trim();
        this.pending = [];
        this.inElement = false;
        start = -1;
        if (text !== "") elements.push(text);
        else if (code === COMMA || this.seenElement) return { code: "not-json" };
        if (code === CLOSE_ARRAY) {
          this.depth = 0;
          this.closed = true;
        }
        this.seenElement = true;
        continue;
      }
      if (!this.inElement) {
        this.inElement = true;
        start = i;
      }
      if (code === QUOTE) this.inString = true;
      else if (OPENERS.has(code)) {
        this.depth += 1;
        if (this.depth > this.depthLimit) {
          return { code: "too-deep", depth: this.depth, limit: this.depthLimit };
        }
      } else if (CLOSERS.has(code)) this.depth -= 1;
    }
    if (this.inElement && start >= 0) this.pending.push(chunk.slice(start));
    return elements;
  }

  /** After the last chunk: a problem when the array never closed (a cut-off file), or never began. */
  end(): ImportProblem | undefined {
    if (this.closed) return undefined;
    return this.depth === 0 && !this.inString ? { code: "empty" } : { code: "truncated" };
  }
}
