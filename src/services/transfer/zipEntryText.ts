import { Unzip, UnzipInflate } from "fflate";
import { CHATGPT_IMPORT_BYTES } from "../../domain/importLimits";
import type { ImportProblem } from "../../domain/importValidation";

const CHUNK_BYTES = 4 * 1024 * 1024;
/** The file of ChatGPT's "Export data" archive that holds the conversations (at its top, or in a folder). */
const CONVERSATIONS = /(^|\/)conversations\.json$/;

/**
 * The text of conversations.json inside ChatGPT's export archive, inflated as the archive is read, a few
 * megabytes at a time: the archive (or its conversations) is never whole in memory, and an archive that inflates
 * past the import limit is stopped there. When the archive is damaged, has no conversations.json, or inflates too
 * far, the text stops and `outcome.problem` says why.
 */
export async function* conversationsInZip(
  file: Blob,
  outcome: { problem?: ImportProblem },
): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pieces: string[] = [];
  let found = false;
  let inflated = 0;
  const fail = (problem: ImportProblem) => {
    outcome.problem ??= problem;
  };
  const unzip = new Unzip((entry) => {
    if (found || !CONVERSATIONS.test(entry.name)) return;
    found = true;
    entry.ondata = (error, data, final) => {
      if (error) return fail({ code: "zip-damaged" });
      inflated += data.length;
      if (inflated > CHATGPT_IMPORT_BYTES) {
        fail({ code: "zip-too-large", limit: CHATGPT_IMPORT_BYTES });
        entry.terminate();
        return;
      }
      pieces.push(decoder.decode(data, { stream: !final }));
    };
    try {
      entry.start();
    } catch {
      fail({ code: "zip-damaged" });
    }
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    try {
      unzip.push(bytes, offset + CHUNK_BYTES >= file.size);
    } catch {
      fail({ code: "zip-damaged" });
    }
    if (outcome.problem) return;
    yield* pieces;
    pieces = [];
  }
  if (!found) fail({ code: "zip-without-conversations" });
}
