import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import { NO_VECTOR_BACKFILL, type VectorBackfill } from "../../store/slices/documents/vectorBackfill";
import { describeBackfillProblem, documentSearchState } from "./describeBackfill";
import { describeStage, stageFraction } from "./describeStage";

const MB = 1024 * 1024;

describe("the search model's download, in bytes", () => {
  const download = {
    phase: "download" as const,
    fraction: 0.35,
    bytesDone: 45 * MB,
    bytesTotal: 130 * MB,
    text: "",
  };

  it("says how much of it has come, in the interface's language", () => {
    expect(describeStage(en, "en", { stage: "search-model", download })).toBe(
      "Search model: 45.0 MB of 130 MB (34%)",
    );
    expect(describeStage(ptBR, "pt-BR", { stage: "search-model", download })).toBe(
      "Modelo de busca: 45,0 MB de 130 MB (34%)",
    );
    expect(stageFraction({ stage: "search-model", download })).toBeCloseTo(45 / 130);
  });

  it("before the download reports its bytes, says only that it downloads", () => {
    const starting = { phase: "download" as const, fraction: 0, text: "" };
    expect(describeStage(en, "en", { stage: "search-model", download: starting })).toBe(
      "downloading the search model…",
    );
    expect(describeStage(en, "en", { stage: "search-model" })).toBe("downloading the search model…");
  });
});

describe("how a document of the library is searched", () => {
  const backfill = (change: Partial<VectorBackfill>): VectorBackfill => ({
    ...NO_VECTOR_BACKFILL,
    ...change,
  });

  it("by words and meaning, by words only, next, being given meaning, or failed", () => {
    expect(documentSearchState(en, backfill({}), "a")).toBe("Words and meaning");
    expect(documentSearchState(en, backfill({ withoutVectors: ["a"] }), "a")).toBe("Words only");
    const running = backfill({
      withoutVectors: ["a", "b"],
      status: "running",
      current: { documentId: "a", done: 16, total: 40 },
    });
    expect(documentSearchState(en, running, "a")).toBe("Adding meaning: passage 16 of 40");
    expect(documentSearchState(en, running, "b")).toBe("Words only, meaning next");
    const failed = backfill({
      withoutVectors: ["a", "b"],
      status: "failed",
      problem: { code: "embedding-failed", documentId: "a", detail: "GPU device was lost" },
    });
    expect(documentSearchState(en, failed, "a")).toBe("Words only (adding meaning failed)");
    expect(documentSearchState(en, failed, "b")).toBe("Words only");
  });

  it("says why adding meaning stopped, naming the document", () => {
    const nameOf = () => "report.pdf";
    expect(describeBackfillProblem(en, { code: "download-failed", detail: "HTTP 403" }, nameOf)).toBe(
      "The search model could not be downloaded (HTTP 403).",
    );
    expect(describeBackfillProblem(en, { code: "storage-full", documentId: "a" }, nameOf)).toContain(
      "“report.pdf”: this browser's storage for Sigilo is full",
    );
    expect(
      describeBackfillProblem(ptBR, { code: "embedding-failed", documentId: "a", detail: "x" }, nameOf),
    ).toBe("Não foi possível adicionar a busca pelo sentido a “report.pdf” (x).");
  });
});
