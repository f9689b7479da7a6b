/** The documents cases (issue 12) as metrics: extraction of a long PDF, and retrieval over large libraries. */
import type { Browser } from "@playwright/test";
import { measureExtraction, type ExtractionRun } from "./cases/documentExtraction";
import { measureRetrieval } from "./cases/retrieval";
import { measureIndexing, type IndexingRun } from "./cases/documentIndexing";
import type { Metric } from "./lib/report";
import type { BenchTarget } from "./lib/session";
import { percentile } from "./lib/stats";

export interface DocumentsOptions {
  /** Pages of the generated PDF. */
  pdfPages: number;
  /** Library sizes searched: chunks and embedding dimensions. */
  retrieval: { chunks: number; dimensions: number }[];
  /** Questions timed per library. */
  queries: number;
  /** The fixture build folder the served app comes from (the documents client's chunk is found there). */
  fixtureDistDir: string;
}

export const FULL_DOCUMENTS: DocumentsOptions = {
  pdfPages: 100,
  retrieval: [10_000, 100_000].flatMap((chunks) => [384, 768].map((dimensions) => ({ chunks, dimensions }))),
  queries: 50,
  fixtureDistDir: "dist-fixture",
};

export const SMOKE_DOCUMENTS: DocumentsOptions = {
  pdfPages: 3,
  retrieval: [{ chunks: 500, dimensions: 384 }],
  queries: 5,
  fixtureDistDir: "dist-fixture",
};

export async function documentsMetrics(
  browser: Browser,
  withTarget: <T>(work: (target: BenchTarget) => Promise<T>) => Promise<T>,
  options: DocumentsOptions,
  runs: number,
  log: (line: string) => void,
): Promise<Metric[]> {
  const metrics: Metric[] = [];
  const extractionGroup = `Documents: read a ${options.pdfPages}-page PDF`;
  const extractions: ExtractionRun[] = [];
  for (let run = 0; run < runs; run++) {
    log(`${extractionGroup}, run ${run + 1}/${runs}`);
    extractions.push(
      await withTarget((target) => measureExtraction(target, options.pdfPages, options.fixtureDistDir)),
    );
  }
  const pick = (field: keyof ExtractionRun) => extractions.map((run) => run[field]);
  metrics.push(
    metric(extractionGroup, "to text and chunks, fresh worker", "ms", pick("coldMs")),
    metric(extractionGroup, "to text and chunks, warm worker", "ms", pick("warmMs")),
    metric(extractionGroup, "chunks", "count", pick("chunks"), "higher"),
    metric(extractionGroup, "main-thread long tasks (> 50 ms)", "count", pick("longTaskCount"), "lower", {
      op: "<=",
      value: 0,
    }),
    metric(extractionGroup, "longest main-thread task", "ms", pick("longestTaskMs")),
  );

  const indexingGroup = `Documents: attach and index a ${options.pdfPages}-page PDF`;
  const indexings: IndexingRun[] = [];
  for (let run = 0; run < runs; run++) {
    log(`${indexingGroup}, run ${run + 1}/${runs}`);
    indexings.push(await withTarget((target) => measureIndexing(target, options.pdfPages)));
  }
  const indexed = (field: keyof IndexingRun) => indexings.map((run) => run[field]);
  const perPage = (field: "storedBytes" | "usageBytes") =>
    indexings.map((run) => run[field] / 1024 / Math.max(1, run.pages));
  metrics.push(
    metric(indexingGroup, "chosen to attached (fixture embeddings)", "ms", indexed("attachMs")),
    metric(
      indexingGroup,
      "stored per page (the app's records: text, passages, vectors)",
      "KB",
      perPage("storedBytes"),
    ),
    metric(indexingGroup, "browser storage estimate growth per page", "KB", perPage("usageBytes")),
    metric(indexingGroup, "main-thread long tasks (> 50 ms)", "count", indexed("longTaskCount"), "lower", {
      op: "<=",
      value: 0,
    }),
    metric(indexingGroup, "longest main-thread task", "ms", indexed("longestTaskMs")),
  );

  for (const library of options.retrieval) {
    const group = `Documents: search ${library.chunks.toLocaleString("en")} chunks (${library.dimensions} dims)`;
    const p95 = {
      hybrid: [] as number[],
      terms: [] as number[],
      vectors: [] as number[],
      build: [] as number[],
    };
    const p50: number[] = [];
    for (let run = 0; run < runs; run++) {
      log(`${group}, run ${run + 1}/${runs}`);
      const result = await measureRetrieval(browser, { ...library, queries: options.queries });
      p50.push(percentile(result.hybridMs, 50));
      p95.hybrid.push(percentile(result.hybridMs, 95));
      p95.terms.push(percentile(result.termsMs, 95));
      p95.vectors.push(percentile(result.vectorsMs, 95));
      p95.build.push(result.indexBuildMs);
    }
    metrics.push(
      metric(group, "hybrid search p50", "ms", p50),
      metric(group, "hybrid search p95", "ms", p95.hybrid),
      metric(group, "BM25 alone p95", "ms", p95.terms),
      metric(group, "vectors alone p95", "ms", p95.vectors),
      metric(group, "building the indexes (BM25 + vectors)", "ms", p95.build),
    );
  }
  return metrics;
}

function metric(
  group: string,
  name: string,
  unit: Metric["unit"],
  values: number[],
  better: Metric["better"] = "lower",
  budget?: Metric["budget"],
): Metric {
  return { group, name, unit, values, better, ...(budget ? { budget } : {}) };
}
