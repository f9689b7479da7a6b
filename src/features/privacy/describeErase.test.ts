import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import { describeErased, describeEraseFailure } from "./describeErase";

const report = {
  conversationCount: 1,
  modelNames: ["Qwen2.5 0.5B Instruct (f32)"],
  databases: ["sigilo", "webllm/model"],
  caches: [],
};

describe("describeErased", () => {
  it("lists what was removed, most meaningful first", () => {
    expect(describeErased(report, en)).toEqual([
      "1 conversation and their messages",
      "Your settings",
      "Downloaded model: Qwen2.5 0.5B Instruct (f32)",
      "The log of network requests",
      "Browser databases: sigilo, webllm/model",
    ]);
  });

  it("says when there was nothing of a kind, and lists caches only when some were removed", () => {
    const empty = { conversationCount: 0, modelNames: [], databases: [], caches: ["webllm/wasm"] };
    expect(describeErased(empty, en)).toEqual([
      "0 conversations and their messages",
      "Your settings",
      "Downloaded models: none were stored",
      "The log of network requests",
      "Browser databases: none were left",
      "Browser caches: webllm/wasm",
    ]);
  });

  it("speaks Brazilian Portuguese, plurals included", () => {
    expect(describeErased({ ...report, conversationCount: 3, modelNames: ["A", "B"] }, ptBR)).toEqual([
      "3 conversas e suas mensagens",
      "Suas configurações",
      "Modelos baixados: A, B",
      "O registro de requisições de rede",
      "Bancos de dados do navegador: sigilo, webllm/model",
    ]);
  });
});

describe("describeEraseFailure", () => {
  it("names the database and what to do, in the user's language", () => {
    const inUse = { kind: "database-in-use", database: "sigilo" } as const;
    expect(describeEraseFailure(inUse, en)).toBe(
      "“sigilo” is still open in another Sigilo tab. Close other Sigilo tabs and try again.",
    );
    expect(describeEraseFailure(inUse, ptBR)).toBe(
      "“sigilo” ainda está aberto em outra aba do Sigilo. Feche as outras abas do Sigilo e tente de novo.",
    );
    expect(
      describeEraseFailure(
        { kind: "database-not-deleted", database: "webllm/model", detail: "UnknownError" },
        en,
      ),
    ).toBe("Could not delete the database webllm/model. UnknownError");
    expect(describeEraseFailure({ kind: "unexpected", detail: "The engine did not stop" }, ptBR)).toBe(
      "The engine did not stop",
    );
  });
});
