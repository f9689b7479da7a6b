import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import type { ImportOutcome } from "../../store/slices/transfer/transferSlice";
import { describeImport, describeImportProblem } from "./describeImportProblem";

const tides = { conversation: 1, title: "Tides" };

describe("describeImportProblem", () => {
  it("says in English exactly what is wrong with a file", () => {
    expect(describeImportProblem(en, { code: "empty" })).toBe("The file is empty.");
    expect(describeImportProblem(en, { code: "truncated" })).toContain("it looks truncated");
    expect(describeImportProblem(en, { code: "not-json" })).toContain("not valid JSON");
    expect(describeImportProblem(en, { code: "foreign" })).toContain("not a Sigilo conversations export");
    expect(describeImportProblem(en, { code: "newer-version", version: 2, supported: 1 })).toBe(
      "The file was exported by a newer version of Sigilo (format version 2); this version reads format version 1. Update Sigilo and try again.",
    );
    expect(describeImportProblem(en, { code: "conversation-field", field: "title", conversation: 1 })).toBe(
      "Conversation 1 has no valid “title” (expected a text title).",
    );
    expect(describeImportProblem(en, { code: "no-message-list", ...tides })).toBe(
      "Conversation 1 (“Tides”) has no list of messages.",
    );
    expect(describeImportProblem(en, { code: "message-damaged", message: 2, field: "role", ...tides })).toBe(
      "Message 2 of Conversation 1 (“Tides”) is damaged: its “role” is missing or wrong (expected “system”, “user” or “assistant”).",
    );
    expect(
      describeImportProblem(en, {
        code: "conversation-field",
        field: "settings.temperature",
        conversation: 3,
      }),
    ).toBe(
      "Conversation 3 has no valid “settings.temperature” (expected chat settings, each a number within its range).",
    );
    expect(
      describeImportProblem(en, { code: "conversation-field", field: "__proto__", conversation: 1 }),
    ).toBe("Conversation 1 has no valid “__proto__” (expected a valid value).");
    expect(
      describeImportProblem(en, { code: "too-large", bytes: 300 * 1024 * 1024, limit: 100 * 1024 * 1024 }),
    ).toMatch(/^The file is 3\d\d MB; Sigilo imports conversation files up to 1\d\d MB\.$/);
    expect(describeImportProblem(en, { code: "too-deep", depth: 33, limit: 32 })).toBe(
      "The file nests lists and records more than 32 levels deep; a Sigilo export never does.",
    );
    expect(describeImportProblem(en, { code: "conversation-twice", conversation: 2, title: "Tides" })).toBe(
      "Conversation 2 (“Tides”) appears twice in the file.",
    );
    expect(describeImportProblem(en, { code: "save-failed", detail: "QuotaExceededError" })).toBe(
      "Nothing was imported: the browser could not save it (QuotaExceededError).",
    );
  });

  it("says it in Portuguese too", () => {
    expect(
      describeImportProblem(ptBR, { code: "message-damaged", message: 2, field: "status", ...tides }),
    ).toBe(
      "A mensagem 2 da conversa 1 (“Tides”) está danificada: seu “status” falta ou está errado (esperado: “complete”, “stopped”, “interrupted”, “error” ou “streaming”).",
    );
    expect(describeImportProblem(ptBR, { code: "foreign" })).toContain("não é uma exportação de conversas");
  });
});

describe("describeImport", () => {
  const outcome = (changes: Partial<ImportOutcome>): ImportOutcome => ({
    addedConversations: 0,
    addedMessages: 0,
    addedToExisting: 0,
    conversationsAlreadyHere: 0,
    messagesAlreadyHere: 0,
    clashing: 0,
    repaired: 0,
    ...changes,
  });

  it("says what was added and everything that was not", () => {
    expect(describeImport(en, outcome({ addedConversations: 2, addedMessages: 4 }))).toBe(
      "Imported 2 conversations.",
    );
    expect(
      describeImport(
        en,
        outcome({ addedConversations: 1, conversationsAlreadyHere: 1, messagesAlreadyHere: 3 }),
      ),
    ).toBe("Imported 1 conversation; 1 conversation was already here; 3 messages were already here.");
    expect(
      describeImport(
        en,
        outcome({
          addedToExisting: 1,
          conversationsAlreadyHere: 1,
          messagesAlreadyHere: 1,
          clashing: 2,
          repaired: 1,
        }),
      ),
    ).toBe(
      "Imported 0 conversations; added 1 message to conversations already here; 1 conversation was already here; 1 message was already here; 2 messages were not added: other conversations here already use their ids; 1 conversation repaired on the way in.",
    );
    expect(describeImport(ptBR, outcome({ addedConversations: 1, conversationsAlreadyHere: 2 }))).toBe(
      "1 conversa importada; 2 conversas já estavam aqui.",
    );
  });
});

describe("the report of a ChatGPT import", () => {
  it("names everything left out, in both languages", () => {
    const outcome = {
      addedConversations: 2,
      addedMessages: 9,
      addedToExisting: 0,
      conversationsAlreadyHere: 0,
      messagesAlreadyHere: 0,
      clashing: 0,
      repaired: 0,
      chatGptSkipped: { images: 1, tool: 2, hidden: 0, empty: 0, other: 0, conversations: 1 },
    };
    expect(describeImport(en, outcome)).toBe(
      "Imported 2 conversations; not imported: 1 image (a note marks each), 2 tool calls and outputs, 1 conversation with nothing readable.",
    );
    expect(describeImport(ptBR, outcome)).toContain("não importado: 1 imagem (uma nota marca cada uma)");
    const nothingLeftOut = {
      ...outcome,
      chatGptSkipped: { ...outcome.chatGptSkipped, images: 0, tool: 0, conversations: 0 },
    };
    expect(describeImport(en, nothingLeftOut)).toBe("Imported 2 conversations.");
  });
});
