import { boundedArray, LIST_LIMITS } from "../boundedArray";
import * as v from "valibot";
import { momentSchema } from "../moment";
import type { DocumentFormat, TextRange } from "./document";
import type { PromptSource } from "./promptAssembly";

/*
 * A document as Sigilo keeps it, in three records so each read takes only what it needs: the library's
 * list reads `DocumentInfo` alone; asking reads `DocumentContent` (text, pages, chunks) and `DocumentVectors`
 * of the conversation's documents. All three are checked here when read, like conversations and messages.
 */

/** What the library lists, and which conversations use the document. */
export interface DocumentInfo {
  id: string;
  /** The file name the user knows it by. */
  name: string;
  /** The file's size in bytes. */
  size: number;
  format: DocumentFormat;
  createdAt: number;
  /** PDF only. */
  pageCount?: number;
  chunkCount: number;
  /** Bytes the document takes in storage (text, chunks and vectors), as written. */
  storedBytes: number;
  /** Pages with no text (scans), which were not indexed. */
  pagesWithoutText: number[];
  /** The conversations it is attached to; none means it is only in the library. */
  conversationIds: string[];
  /**
   * Set while the file is still being read: written when reading starts and replaced by the finished record
   * (or removed) when it ends, so a tab closed mid-index leaves a trace that says which file was not attached.
   */
  reading?: true;
}

/** A chunk as stored: its place in the text (chunkText), pages and headings, and its token estimate. */
export interface StoredChunk extends TextRange {
  pageStart?: number;
  pageEnd?: number;
  headingPath: string[];
  tokens: number;
}

export interface DocumentContent {
  id: string;
  text: string;
  /** Where each page's text is (PDF only): `pages[n - 1]` is page n. */
  pages?: TextRange[];
  /** In order: chunk i has index i. */
  chunks: StoredChunk[];
}

/** The chunks' embeddings by one model, normalised, chunk i at [i × dimensions, (i + 1) × dimensions). */
export interface DocumentVectors {
  id: string;
  model: string;
  dimensions: number;
  vectors: Float32Array;
}

/** How an answer used documents: whole or retrieved, and its numbered passages (`sources[n - 1]` is [n]). */
export interface DocumentUse {
  mode: "whole" | "retrieved";
  sources: PromptSource[];
}

const count = v.pipe(v.number(), v.finite(), v.minValue(0));
const page = v.pipe(v.number(), v.integer(), v.minValue(1));
const id = v.pipe(v.string(), v.minLength(1));
const range = v.object({ start: count, end: count });

export const documentInfoSchema = v.object({
  id,
  name: v.string(),
  size: count,
  format: v.picklist(["pdf", "docx", "markdown", "html", "csv", "text", "code"]),
  createdAt: momentSchema,
  pageCount: v.optional(count),
  chunkCount: count,
  storedBytes: count,
  pagesWithoutText: boundedArray(page, LIST_LIMITS.pages),
  conversationIds: boundedArray(id, LIST_LIMITS.conversationIds),
  reading: v.optional(v.literal(true)),
});

const chunkSchema = v.object({
  start: count,
  end: count,
  pageStart: v.optional(page),
  pageEnd: v.optional(page),
  headingPath: v.array(v.string()),
  tokens: count,
});

export const documentContentSchema = v.object({
  id,
  text: v.string(),
  pages: v.optional(v.array(range)),
  chunks: v.array(chunkSchema),
});

export const documentUseSchema = v.object({
  mode: v.picklist(["whole", "retrieved"]),
  sources: boundedArray(
    v.object({
      number: v.pipe(v.number(), v.integer(), v.minValue(1)),
      documentId: id,
      index: count,
      documentName: v.string(),
      pageStart: v.optional(page),
      pageEnd: v.optional(page),
      headingPath: v.pipe(boundedArray(v.string(), LIST_LIMITS.headingPath), v.readonly()),
    }),
    LIST_LIMITS.sources,
  ),
});

export function readDocumentInfo(value: unknown): DocumentInfo | undefined {
  const result = v.safeParse(documentInfoSchema, value);
  return result.success ? result.output : undefined;
}

export function readDocumentContent(value: unknown): DocumentContent | undefined {
  const result = v.safeParse(documentContentSchema, value);
  return result.success ? result.output : undefined;
}

/** Vectors are bytes, not JSON: checked by hand. */
export function readDocumentVectors(value: unknown): DocumentVectors | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { id: vectorsId, model, dimensions, vectors } = value as Partial<DocumentVectors>;
  const isFloats = Object.prototype.toString.call(vectors) === "[object Float32Array]";
  if (typeof vectorsId !== "string" || typeof model !== "string" || !isFloats) return undefined;
  if (!Number.isInteger(dimensions) || dimensions! <= 0 || vectors!.length % dimensions! !== 0)
    return undefined;
  return { id: vectorsId, model, dimensions: dimensions!, vectors: vectors! };
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <A, B>(same: Same<A, B>) => same;
agree<v.InferOutput<typeof documentInfoSchema>, DocumentInfo>(true);
agree<v.InferOutput<typeof documentContentSchema>, DocumentContent>(true);
