import { describe, expect, it } from "vitest";
import { assembler, type FilePart } from "./fileParts";
import { answerFileRequest } from "./readConversationBlob";

const NOTES = { image: "[image]" };

async function partsFor(file: Blob, read?: Parameters<typeof answerFileRequest>[1]): Promise<FilePart[]> {
  const parts: FilePart[] = [];
  for await (const part of answerFileRequest({ file, notes: NOTES }, read)) parts.push(part);
  return parts;
}

describe("the conversations-file worker's answer", () => {
  it("ends in a failure the page hears, not silence, when the file cannot be read", async () => {
    const gone = async () => {
      throw new DOMException("The file changed after it was chosen.", "NotReadableError");
    };
    const parts = await partsFor(new Blob(["{}"]), gone);
    expect(parts).toEqual([{ kind: "failed", detail: expect.stringContaining("NotReadableError") }]);
    const add = assembler();
    expect(() => add(parts[0]!)).toThrow("NotReadableError");
  });

  it("is a refusal with the reason for a file that is not an export", async () => {
    expect(await partsFor(new Blob(["not json"]))).toEqual([
      { kind: "refused", problem: { code: "not-json" } },
    ]);
  });
});
