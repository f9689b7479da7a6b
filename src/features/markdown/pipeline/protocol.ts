import type { Root } from "hast";
import type { Language } from "../../../i18n/language";

/**
 * What the page and the Markdown worker say to each other. The page sends one chunk of a reply at a time; the
 * worker answers with the HTML tree to show, or why the chunk is to be shown as plain text.
 */
export interface RenderRequest {
  id: number;
  text: string;
  /** The interface's language: the words the rendering adds (a blocked image, footnotes) are in it. */
  language: Language;
}

export interface RenderResponse {
  id: number;
  result: RenderResult;
}

export type RenderResult =
  | {
      kind: "formatted";
      tree: Root;
      /** Some of the text was past a nesting or size limit and is shown as plain text within the tree. */
      limited: boolean;
      /** The tree holds typeset math: the page needs KaTeX's stylesheet. */
      math: boolean;
    }
  | { kind: "plain"; reason: PlainReason };

/**
 * Why a chunk is shown as plain text: its tree would be too large to show quickly, formatting it took too long
 * (the page gave up and stopped the worker), or formatting failed.
 */
export type PlainReason = "too-large" | "too-slow" | "failed";
