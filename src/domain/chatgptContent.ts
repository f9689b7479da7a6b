import type { FinishReason } from "./generation";
import { isRecord } from "./recordSchema";

/**
 * How one node of a ChatGPT export (conversations.json, from ChatGPT's "Export data") becomes a Sigilo message,
 * or why it does not. A node's `message` is `{author: {role}, content: {content_type, ...}, create_time,
 * recipient, metadata}`; the shapes below were read from public parsers of real exports (docs/chatgpt-import.md).
 * Only what a person wrote or read in the chat is kept: the user's and the assistant's text. Tool calls and their
 * output (code runs, browsing, image generation), system and hidden messages, and the model's reasoning notes
 * are left out and counted, so the preview can say so.
 */

/** Words written into imported text where something could not be brought along (in the interface's language). */
export interface ChatGptNotes {
  /** Stands where an image was: images are not in conversations.json, only pointers to ChatGPT's servers. */
  image: string;
}

/** Why a node that held a message is not imported (counted for the preview and the report). */
export type SkipReason = "tool" | "hidden" | "empty" | "other";

export type NodeReading =
  /** A node without a message (ChatGPT's root placeholder): only a link in the tree. */
  | { kind: "link" }
  | { kind: "skipped"; reason: SkipReason }
  | {
      kind: "kept";
      role: "user" | "assistant";
      content: string;
      /** Milliseconds, when the export says. */
      createdAt?: number;
      modelSlug?: string;
      finishReason?: FinishReason;
      /** Images replaced by a note. */
      images: number;
    };

/** Content types whose text is tool traffic: code sent to the interpreter, its output, browsing results. */
const TOOL_CONTENT = new Set([
  "code",
  "execution_output",
  "tether_browsing_display",
  "tether_quote",
  "system_error",
  "computer_output",
  "sonic_webpage",
]);
/** Instructions and memory the user set, shown in ChatGPT's settings rather than in the chat. */
const HIDDEN_CONTENT = new Set(["user_editable_context", "model_editable_context"]);

const FINISH_REASONS: Record<string, FinishReason> = {
  stop: "stop",
  max_tokens: "length",
  interrupted: "abort",
};

export function readNode(node: Record<string, unknown>, notes: ChatGptNotes): NodeReading {
  const message = node.message;
  if (message === null || message === undefined) return { kind: "link" };
  if (!isRecord(message)) return { kind: "skipped", reason: "other" };
  const role = isRecord(message.author) ? message.author.role : undefined;
  const content = isRecord(message.content) ? message.content : undefined;
  const metadata = isRecord(message.metadata) ? message.metadata : {};
  const contentType = content?.content_type;
  if (
    role === "system" ||
    metadata.is_visually_hidden_from_conversation === true ||
    metadata.is_user_system_message === true ||
    (typeof contentType === "string" && HIDDEN_CONTENT.has(contentType))
  ) {
    return { kind: "skipped", reason: "hidden" };
  }
  if (role === "tool") return { kind: "skipped", reason: "tool" };
  if (role !== "user" && role !== "assistant") return { kind: "skipped", reason: "other" };
  // An assistant message addressed to a tool ("python", "browser", "dalle.text2im", "bio"...) is a tool call.
  const recipient = message.recipient;
  if (role === "assistant" && typeof recipient === "string" && recipient !== "all") {
    return { kind: "skipped", reason: "tool" };
  }
  if (typeof contentType === "string" && TOOL_CONTENT.has(contentType))
    return { kind: "skipped", reason: "tool" };
  if (!content || (contentType !== "text" && contentType !== "multimodal_text")) {
    // "thoughts", "reasoning_recap" and types this version does not know.
    return { kind: "skipped", reason: "other" };
  }
  const { text, images } = partsText(content.parts, notes);
  if (text.trim() === "") return { kind: "skipped", reason: "empty" };
  const finish = isRecord(metadata.finish_details) ? metadata.finish_details.type : undefined;
  const finishReason = typeof finish === "string" ? FINISH_REASONS[finish] : undefined;
  const createdAt = toMillis(message.create_time);
  const modelSlug = role === "assistant" ? cleanSlug(metadata.model_slug) : undefined;
  return {
    kind: "kept",
    role,
    content: text,
    images,
    ...(createdAt !== undefined && { createdAt }),
    ...(modelSlug !== undefined && { modelSlug }),
    ...(role === "assistant" && finishReason !== undefined && { finishReason }),
  };
}

/** Text parts joined; an image becomes a note; a voice message keeps its transcript; other parts are dropped. */
function partsText(parts: unknown, notes: ChatGptNotes): { text: string; images: number } {
  if (!Array.isArray(parts)) return { text: "", images: 0 };
  const pieces: string[] = [];
  let images = 0;
  for (const part of parts) {
    if (typeof part === "string") pieces.push(withoutCitationMarks(part));
    else if (isRecord(part) && part.content_type === "image_asset_pointer") {
      images += 1;
      pieces.push(notes.image);
    } else if (
      isRecord(part) &&
      part.content_type === "audio_transcription" &&
      typeof part.text === "string"
    ) {
      pieces.push(part.text);
    }
  }
  return { text: pieces.filter((piece) => piece !== "").join("\n\n"), images };
}

/**
 * Newer exports mark citations inline with private-use characters ("\uE200cite\uE202turn0search3\uE201"), which
 * point at search results that are not imported; they would show as boxes.
 */
function withoutCitationMarks(text: string): string {
  return text.includes("\uE200") ? text.replace(/\uE200[^\uE201]*\uE201/g, "") : text;
}

/** The last moment a Date can hold: a time beyond it is not a time. */
const LATEST = 8.64e15;

/** Seconds (ChatGPT's unit, as a number or numeric text) or an ISO date, as milliseconds; else nothing. */
export function toMillis(value: unknown): number | undefined {
  let millis: number | undefined;
  if (typeof value === "number") millis = value * 1000;
  else if (typeof value === "string" && value.trim() !== "") {
    const seconds = Number(value);
    millis = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value);
  }
  return millis !== undefined && millis > 0 && millis <= LATEST ? Math.round(millis) : undefined;
}

const SLUG_LIMIT = 64;

/** A model slug worth showing: short printable text ("gpt-4o", "o1-preview"), else nothing. */
export function cleanSlug(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const slug = value.trim();
  return slug !== "" && slug.length <= SLUG_LIMIT && /^[\w.:/+-]+$/.test(slug) ? slug : undefined;
}
