import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
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
    expect(describeImportProblem(en, { code: "message-damaged", message: 2, ...tides })).toBe(
      "Message 2 of Conversation 1 (“Tides”) is damaged (a required field is missing or has the wrong type).",
    );
    expect(describeImportProblem(en, { code: "conversation-twice", conversation: 2, title: "Tides" })).toBe(
      "Conversation 2 (“Tides”) appears twice in the file.",
    );
    expect(describeImportProblem(en, { code: "save-failed", detail: "QuotaExceededError" })).toBe(
      "Nothing was imported: the browser could not save it (QuotaExceededError).",
    );
  });

  it("says it in Portuguese too", () => {
    expect(describeImportProblem(ptBR, { code: "message-damaged", message: 2, ...tides })).toBe(
      "A mensagem 2 da conversa 1 (“Tides”) está danificada (falta um campo obrigatório ou ele tem o tipo errado).",
    );
    expect(describeImportProblem(ptBR, { code: "foreign" })).toContain("não é uma exportação de conversas");
  });
});

describe("describeImport", () => {
  it("counts what was added and what was already here", () => {
    const counts = (addedConversations: number, addedMessages: number, alreadyPresent: number) => ({
      addedConversations,
      addedMessages,
      alreadyPresent,
    });
    expect(describeImport(en, counts(2, 4, 0))).toBe("Imported 2 conversations.");
    expect(describeImport(en, counts(1, 2, 1))).toBe(
      "Imported 1 conversation; 1 conversation was already here.",
    );
    expect(describeImport(en, counts(0, 0, 2))).toBe(
      "Imported 0 conversations; 2 conversations were already here.",
    );
    expect(describeImport(en, counts(0, 3, 1))).toBe(
      "Imported 0 conversations; 1 conversation was already here (3 new messages added).",
    );
    expect(describeImport(ptBR, counts(1, 2, 1))).toBe("1 conversa importada; 1 conversa já estava aqui.");
    expect(describeImport(ptBR, counts(0, 0, 2))).toBe(
      "Nenhuma conversa importada; 2 conversas já estavam aqui.",
    );
  });
});
