import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import { describeCustomModelProblem } from "./describeCustomModelProblem";
import { describeDownloadNotice, describeEngineErrorReason } from "./describeEngineError";
import { describeFitReason } from "./describeFit";

const MIB = 1024 * 1024;

// The English wording is the one the app showed before the reasons became data; e2e tests rely on it.
describe("reasons in words", () => {
  it("words a model's fit, with sizes in the reader's language", () => {
    const storage = { code: "storage", neededBytes: 440 * MIB, freeBytes: 100 * MIB } as const;
    expect(describeFitReason(en, "en", storage)).toBe(
      "Needs about 440 MB of storage, but the browser allows this site only 100 MB more. Delete stored models in Manage models to make room.",
    );
    expect(describeFitReason(en, "en", { code: "large-model", vramMB: 5001 })).toBe(
      "Needs about 4.9 GB of GPU memory: may be slow or run out of memory on integrated GPUs.",
    );
    expect(describeFitReason(ptBR, "pt-BR", { code: "large-model", vramMB: 5001 })).toContain("4,9 GB");
  });

  it("words why a model cannot be added", () => {
    expect(
      describeCustomModelProblem(
        en,
        {
          code: "file-not-found",
          file: "mlc-chat-config.json",
          url: "https://h/x/mlc-chat-config.json",
          status: 404,
        },
        "en",
      ),
    ).toBe("mlc-chat-config.json was not found: https://h/x/mlc-chat-config.json answered HTTP 404.");
    expect(describeCustomModelProblem(en, { code: "url-invalid", field: "modelUrl", text: "x" }, "en")).toBe(
      'Model URL "x" is not a URL.',
    );
    expect(describeCustomModelProblem(en, { code: "not-json", file: "tensor-cache.json" }, "en")).toBe(
      "tensor-cache.json is not valid JSON.",
    );
    expect(describeCustomModelProblem(ptBR, { code: "name-missing" }, "pt-BR")).toBe("Dê um nome ao modelo.");
  });

  it("words the download's notices and a damaged file", () => {
    const cause = { code: "http-status", file: "params_shard_3.bin", status: 503 } as const;
    expect(
      describeDownloadNotice(
        en,
        {
          code: "retrying",
          cause,
          delaySeconds: 2,
          attempt: 3,
          attempts: 4,
          filesKept: 5,
        },
        "en",
      ),
    ).toBe(
      "HTTP 503 for params_shard_3.bin. Retrying in 2 s (attempt 3 of 4); the 5 files already stored are kept.",
    );
    expect(describeDownloadNotice(en, { code: "offline", filesKept: 1 }, "en")).toBe(
      "You are offline. The download continues by itself when the connection is back; the 1 file already stored is kept.",
    );
    expect(
      describeEngineErrorReason(
        en,
        {
          code: "stored-file-wrong-size",
          file: "params_shard_1.bin",
          bytes: 100,
          expectedBytes: 4096,
        },
        "en",
      ),
    ).toBe("params_shard_1.bin is stored with 100 bytes instead of 4096");
  });
});
