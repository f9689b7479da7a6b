import type { ChatGptNotes } from "../../domain/chatgptContent";
import { chatGptFileReader } from "../../domain/chatgptFile";
import { conversationFileKind, IMPORT_LIMITS } from "../../domain/importLimits";
import {
  parseConversationExport,
  type ImportProblem,
  type ParsedExport,
} from "../../domain/importValidation";
import { partsOf, type ConversationFileRequest, type FilePart } from "./fileParts";
import { JsonArraySplitter } from "./jsonArraySplitter";
import { conversationsInZip } from "./zipEntryText";

/** Bytes read at a time from a ChatGPT export. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Reads a conversations file of either format Sigilo imports, and says which: a Sigilo export (one JSON object,
 * read whole: see importValidation.ts) or a ChatGPT export (a JSON array, read conversation by conversation: see
 * chatgptFile.ts), alone or inside ChatGPT's "Export data" archive. Runs in the conversations-file worker; tests call it in-process.
 */
export async function readConversationBlob(file: Blob, notes: ChatGptNotes): Promise<ParsedExport> {
  const kind = conversationFileKind(new Uint8Array(await file.slice(0, 64).arrayBuffer()));
  if (kind === "json-array") return readChatGptChunks(textChunks(file), notes);
  if (kind === "zip") {
    const outcome: { problem?: ImportProblem } = {};
    const parsed = await readChatGptChunks(conversationsInZip(file, outcome), notes);
    return outcome.problem ? { ok: false, problem: outcome.problem } : parsed;
  }
  return parseConversationExport(await file.text());
}

/**
 * What the worker answers one request with, in order. A read that throws (a file changed or deleted since it was
 * chosen cannot be read: NotReadableError) ends in "failed": an async message handler that throws raises no
 * error event on the page's side, so the import would otherwise wait for ever.
 */
export async function* answerFileRequest(
  { file, notes }: ConversationFileRequest,
  read: typeof readConversationBlob = readConversationBlob,
): AsyncGenerator<FilePart> {
  let parsed: ParsedExport;
  try {
    parsed = await read(file, notes);
  } catch (error) {
    yield { kind: "failed", detail: String(error) };
    return;
  }
  if (!parsed.ok) yield { kind: "refused", problem: parsed.problem };
  else yield* partsOf(parsed);
}

/** A ChatGPT export's text, in the order it arrives. */
export async function readChatGptChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  notes: ChatGptNotes,
): Promise<ParsedExport> {
  const splitter = new JsonArraySplitter(IMPORT_LIMITS.depth);
  const reader = chatGptFileReader(notes);
  for await (const chunk of chunks) {
    const elements = splitter.push(chunk);
    if (!Array.isArray(elements)) return { ok: false, problem: elements };
    for (const text of elements) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { ok: false, problem: { code: "not-json" } };
      }
      if (!reader.add(value)) return { ok: false, problem: { code: "foreign" } };
    }
  }
  const problem = splitter.end();
  return problem ? { ok: false, problem } : reader.finish();
}

/** The file's text, a few megabytes at a time (a character cut between two reads is put back together). */
async function* textChunks(file: Blob): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const bytes = await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
    yield decoder.decode(bytes, { stream: true });
  }
  yield decoder.decode();
}
