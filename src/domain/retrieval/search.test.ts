import { describe, expect, it } from "vitest";
import { fixtureEmbedding } from "./fixtureEmbedding";
import { reciprocalRankFusion, RRF_K } from "./fusion";
import { hybridSearch } from "./hybridSearch";
import { buildTermIndex, searchTermIndexes } from "./termIndex";
import { searchTerms } from "./terms";
import { TopScores } from "./topScores";
import { buildVectorIndex, normalised, searchVectors } from "./vectorIndex";

const refs = (results: { documentId: string; index: number }[]) =>
  results.map((r) => `${r.documentId}#${r.index}`);

describe("searchTerms", () => {
  it("folds case and accents, drops common English and Portuguese words, and takes off a plural s", () => {
    expect(searchTerms("A Ação dos CONTRATOS é válida?")).toEqual(["acao", "contrato", "valida"]);
    expect(searchTerms("The clauses of the contracts, and 2 or 3 pass")).toEqual([
      "clause",
      "contract",
      "2",
      "3",
      "pass",
    ]);
    expect(searchTerms("R$ 1.200,00 — São Paulo!")).toEqual(["1", "200", "00", "sao", "paulo"]);
  });
});

describe("BM25 over chosen documents", () => {
  const manual = buildTermIndex("manual", [
    "Replace the air filter every six months.",
    "The warranty covers the engine for two years.",
    "Filter, filter, filter: the filter section.",
  ]);
  const contract = buildTermIndex("contract", [
    "O contrato de manutenção inclui a troca do filtro.",
    "Pagamento em 30 dias.",
  ]);

  it("ranks chunks by BM25: rarer words weigh more, repetition saturates, long chunks are discounted", () => {
    const results = searchTermIndexes([manual, contract], "air filter", 10);
    expect(refs(results)).toEqual(["manual#0", "manual#2"]);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it("matches Portuguese words without their accents, and searches only the documents given", () => {
    expect(refs(searchTermIndexes([manual, contract], "manutencao", 10))).toEqual(["contract#0"]);
    expect(searchTermIndexes([manual], "manutenção", 10)).toEqual([]);
  });

  it("finds nothing for a question of common words only, or in no documents", () => {
    expect(searchTermIndexes([manual], "what is the", 10)).toEqual([]);
    expect(searchTermIndexes([], "filter", 10)).toEqual([]);
  });

  it("scores a term by its frequency across the documents searched together", () => {
    const alone = searchTermIndexes([manual], "warranty", 1)[0]!.score;
    const together = searchTermIndexes([manual, contract], "warranty", 1)[0]!.score;
    // More chunks without the word make it rarer, so it weighs more.
    expect(together).toBeGreaterThan(alone);
  });
});

describe("vector similarity", () => {
  it("normalises vectors, and leaves a zero vector at zero", () => {
    expect([...normalised([3, 4])]).toEqual([0.6000000238418579, 0.800000011920929]);
    expect([...normalised([0, 0])]).toEqual([0, 0]);
  });

  it("ranks chunks by cosine to the question", () => {
    const index = buildVectorIndex("d", [
      [1, 0, 0, 0, 0],
      [0.7, 0.7, 0, 0, 0],
      [0, 0, 0, 0, 5],
    ]);
    const results = searchVectors([index], [10, 1, 0, 0, 0], 2);
    expect(refs(results)).toEqual(["d#0", "d#1"]);
    expect(results[0]!.score).toBeCloseTo(0.995, 3);
  });

  it("refuses vectors of another size, which another model made", () => {
    expect(() => buildVectorIndex("d", [[1, 0], [1]])).toThrow(/dimensions/);
    expect(() => searchVectors([buildVectorIndex("d", [[1, 0]])], [1, 0, 0], 1)).toThrow(/2-dimension/);
  });
});

describe("fixtureEmbedding", () => {
  it("is deterministic, normalised, of the asked size, and close for texts sharing words", () => {
    const a = fixtureEmbedding("generator maintenance schedule", 384);
    expect(a).toHaveLength(384);
    expect([...fixtureEmbedding("generator maintenance schedule", 384)]).toEqual([...a]);
    expect(Math.hypot(...a)).toBeCloseTo(1, 5);
    const index = buildVectorIndex("d", [
      fixtureEmbedding("cafeteria menu for the week", 768),
      fixtureEmbedding("the generator maintenance happens every 45 days", 768),
    ]);
    expect(
      refs(searchVectors([index], fixtureEmbedding("When is the generator maintenance?", 768), 1)),
    ).toEqual(["d#1"]);
    expect([...fixtureEmbedding("", 8)]).toEqual(Array(8).fill(0));
  });
});

describe("reciprocalRankFusion", () => {
  it("adds 1 / (k + rank) per ranking, so agreement beats one ranking's top", () => {
    const a = { documentId: "d", index: 0 };
    const b = { documentId: "d", index: 1 };
    const c = { documentId: "d", index: 2 };
    const fused = reciprocalRankFusion(
      [
        [a, b],
        [c, b],
      ],
      10,
    );
    expect(refs(fused)).toEqual(["d#1", "d#0", "d#2"]);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 2) + 1 / (RRF_K + 2));
    expect(fused[1]!.score).toBeCloseTo(1 / (RRF_K + 1));
    expect(reciprocalRankFusion([[a, b], []], 1)).toEqual([
      { documentId: "d", index: 0, score: 1 / (RRF_K + 1) },
    ]);
  });
});

describe("hybridSearch", () => {
  const texts = [
    "Cafeteria hours and the weekly menu.",
    "The emergency generator is serviced every 45 days.",
    "Parking rules for visitors.",
  ];
  const terms = buildTermIndex("report", texts);
  const vectors = buildVectorIndex(
    "report",
    texts.map((text) => fixtureEmbedding(text, 384)),
  );

  it("fuses words and meaning, and works on words alone before any embedding exists", () => {
    const question = "How often is the generator serviced?";
    const withVectors = hybridSearch(
      [terms],
      [vectors],
      { text: question, vector: fixtureEmbedding(question, 384) },
      3,
    );
    expect(refs(withVectors)[0]).toBe("report#1");
    expect(refs(hybridSearch([terms], [], { text: question }, 3))).toEqual(["report#1"]);
  });
});

describe("TopScores", () => {
  it("keeps the best scores of a stream, best first, the earlier on a tie", () => {
    const top = new TopScores(3);
    [5, 1, 9, 5, 7, 3, 9].forEach((score, index) => top.offer("d", index, score));
    expect(top.results().map((result) => [result.index, result.score])).toEqual([
      [2, 9],
      [6, 9],
      [4, 7],
    ]);
    const none = new TopScores(0);
    none.offer("d", 0, 1);
    expect(none.results()).toEqual([]);
  });
});
