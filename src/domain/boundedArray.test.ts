import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as v from "valibot";
import { fuzzParameters } from "../test/fuzz";
import { boundedArray, LIST_LIMITS } from "./boundedArray";
import { checkMessage } from "./recordSchema";
import { readDocumentInfo } from "./retrieval/storedDocument";
import { parseConversationExport } from "./importValidation";

const source = (number: number) => ({
  number,
  documentId: "d1",
  index: 0,
  documentName: "Report.pdf",
  headingPath: [],
});

function reply(sourceCount: number) {
  return {
    id: "m2",
    conversationId: "c1",
    parentId: "m1",
    role: "assistant",
    content: "An answer [1].",
    createdAt: 2,
    status: "complete",
    documents: { mode: "retrieved", sources: Array.from({ length: sourceCount }, (_, i) => source(i + 1)) },
  };
}

describe("bounded lists in records and files", () => {
  it("refuses a reply that claims a million sources, checking its length before any entry", () => {
    expect(checkMessage(reply(3)).ok).toBe(true);
    expect(checkMessage(reply(LIST_LIMITS.sources)).ok).toBe(true);
    expect(checkMessage(reply(1_000_000))).toEqual({ ok: false, field: "documents.sources" });
  });

  it("refuses a document attached to a million conversations", () => {
    const info = {
      id: "d1",
      name: "Report.pdf",
      size: 10,
      format: "pdf",
      createdAt: 1,
      chunkCount: 1,
      storedBytes: 10,
      pagesWithoutText: [],
      conversationIds: ["c1"],
    };
    expect(readDocumentInfo(info)).toBeDefined();
    expect(readDocumentInfo({ ...info, conversationIds: Array(1_000_000).fill("c1") })).toBeUndefined();
  });

  it("refuses an import file with such a reply, saying which message and field", () => {
    const question = { ...reply(0), id: "m1", parentId: null, role: "user", documents: undefined };
    const file = {
      format: "sigilo.conversations",
      version: 1,
      exportedAt: new Date(0).toISOString(),
      conversations: [
        {
          id: "c1",
          title: "Sources",
          titled: true,
          createdAt: 1,
          updatedAt: 2,
          messages: [question, reply(100_000)],
        },
      ],
    };
    const parsed = parseConversationExport(JSON.stringify(file));
    expect(parsed).toMatchObject({
      ok: false,
      problem: { code: "message-damaged", field: "documents.sources" },
    });
  });

  it("accepts exactly the lists within the bound whose entries all pass (fuzz)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string())), fc.nat(20), (list, max) => {
        const accepted = v.is(boundedArray(v.number(), max), list);
        expect(accepted).toBe(list.length <= max && list.every((entry) => typeof entry === "number"));
      }),
      fuzzParameters(),
    );
  });
});
