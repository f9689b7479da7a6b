import { describe, expect, it } from "vitest";
import { message } from "../storage/fixtures.testing";
import type { ImportedConversation } from "../../domain/importValidation";
import { assembler, partsOf } from "./fileParts";

describe("a checked file in parts", () => {
  it("comes back together exactly, however many messages each conversation has", () => {
    const conversations: ImportedConversation[] = [0, 2_500, 1].map((count, index) => ({
      conversation: { id: `c${index}`, title: "t", titled: true, createdAt: 1, updatedAt: 1 },
      messages: Array.from({ length: count }, (_, m) =>
        message({ id: `c${index}-${m}`, conversationId: `c${index}`, createdAt: m }),
      ),
      ...(index === 1 && { repair: { loopsCut: 1, reattached: 0, leafReset: false, leftOut: 0 } }),
    }));
    const parts = [...partsOf({ ok: true, conversations })];
    expect(parts.filter((part) => part.kind === "messages").map((part) => part.messages.length)).toEqual([
      1_000, 1_000, 500, 1,
    ]);
    const add = assembler();
    const results = parts.map(add);
    expect(results.slice(0, -1).every((result) => result === undefined)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: true, conversations });
  });
});
