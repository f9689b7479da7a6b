/**
 * Documents, retrieval: hybrid search (BM25 + cosine, fused) over a synthetic library of 10,000 or 100,000
 * chunks with fixture embeddings of the real models' sizes (384, 768), in Chromium. The retrieval code is
 * pure, so it is bundled as it is (bench/page/retrievalBench.ts) and run in a blank page: the same engine
 * the app's worker will run it in, without the app around it.
 */
import type { Browser } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";
import type { RetrievalBenchOptions, RetrievalBenchResult } from "../page/retrievalBench";

const ENTRY = fileURLToPath(new URL("../page/retrievalBench.ts", import.meta.url));

let bundled: Promise<string> | undefined;

/** The page script, bundled once per process (Vite's own bundler, no app config). */
function retrievalScript(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      target: "es2022",
      lib: { entry: ENTRY, formats: ["iife"], name: "bench" },
    },
  }).then((output) => {
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === "chunk");
    if (!chunk || chunk.type !== "chunk") throw new Error("Bundling the retrieval bench produced no script.");
    return chunk.code;
  });
  return bundled;
}

export async function measureRetrieval(
  browser: Browser,
  options: RetrievalBenchOptions,
): Promise<RetrievalBenchResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addScriptTag({ content: await retrievalScript() });
    return await page.evaluate(
      (settings) =>
        (window as unknown as { retrievalBench(o: typeof settings): RetrievalBenchResult }).retrievalBench(
          settings,
        ),
      options,
    );
  } finally {
    await context.close();
  }
}
