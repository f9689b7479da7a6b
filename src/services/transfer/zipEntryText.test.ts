import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chatGptExportSample } from "../../test/chatgptExportSample";
import { readConversationBlob } from "./readConversationBlob";

const NOTES = { image: "[image]" };
const sample = JSON.stringify(chatGptExportSample());

function zipOf(files: Record<string, string>): Blob {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  return new Blob([zipSync(entries, { level: 6 })]);
}

describe("ChatGPT's export archive", () => {
  it("is read like the conversations.json inside it, whatever else it holds", async () => {
    const direct = await readConversationBlob(new Blob([sample]), NOTES);
    expect(direct).toMatchObject({ ok: true });
    const archive = zipOf({ "user.json": "{}", "chat.html": "<html>", "conversations.json": sample });
    expect(await readConversationBlob(archive, NOTES)).toEqual(direct);
    expect(await readConversationBlob(zipOf({ "export/conversations.json": sample }), NOTES)).toEqual(direct);
  });

  it("without conversations.json, or damaged, is refused with the reason", async () => {
    expect(await readConversationBlob(zipOf({ "notes.txt": "hello" }), NOTES)).toEqual({
      ok: false,
      problem: { code: "zip-without-conversations" },
    });
    const whole = new Uint8Array(await zipOf({ "conversations.json": sample }).arrayBuffer());
    const damaged = whole.slice();
    damaged.fill(0x55, 60, 400);
    const refused = { ok: false, problem: { code: "zip-damaged" } };
    expect(await readConversationBlob(new Blob([damaged]), NOTES)).toEqual(refused);
    expect(await readConversationBlob(new Blob([whole.slice(0, whole.length / 2)]), NOTES)).toEqual(refused);
  });
});
