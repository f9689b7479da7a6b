/**
 * Bundle: what the production build makes the browser download before the first paint (the entry script,
 * its preloaded chunks and stylesheets named in dist/index.html), the engine worker, everything else
 * (loaded later), and the whole build — what a precache of the build would hold. Also checks that web-llm
 * is in the worker chunk only, and only once.
 */
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleReport {
  initialJs: FileSize[];
  initialCss: FileSize[];
  workers: FileSize[];
  /** The documents worker and the chunks it loads itself (pdf.js, mammoth, the HTML reader). */
  documents: FileSize[];
  lazy: FileSize[];
  total: { raw: number; gzip: number; files: number };
  /** How many copies of web-llm each JavaScript file holds, for files with at least one. */
  webLlmCopies: Record<string, number>;
}

/**
 * A string web-llm's bundle holds exactly once (the default model library host): counting it counts copies
 * of the library, whatever the minifier renamed.
 */
// A message from web-llm's own code (the page now names model-library URLs, so a URL would not do).
export const WEB_LLM_MARKER = "Unable to find a compatible GPU";

export function measureBundle(distDir: string): BundleReport {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const referenced = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ""));
  const initialJsFiles = new Set([
    // Module and classic scripts alike (index.html's first screen has one of its own: public/boot-shell.js).
    ...referenced(/<script[^>]*\ssrc="([^"]+)"/g),
    ...referenced(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ]);
  const initialCssFiles = new Set(referenced(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));

  const report: BundleReport = {
    initialJs: [],
    initialCss: [],
    workers: [],
    documents: [],
    lazy: [],
    total: { raw: 0, gzip: 0, files: 0 },
    webLlmCopies: {},
  };
  const documentFiles = documentsWorkerFiles(distDir);
  for (const path of filesUnder(distDir)) {
    const file = relative(distDir, path);
    const content = readFileSync(path);
    const size = { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    report.total.raw += size.raw;
    report.total.gzip += size.gzip;
    report.total.files += 1;
    if (file.endsWith(".js")) {
      const copies = content.toString("utf8").split(WEB_LLM_MARKER).length - 1;
      if (copies > 0) report.webLlmCopies[file] = copies;
    }
    if (initialJsFiles.has(file)) report.initialJs.push(size);
    else if (initialCssFiles.has(file)) report.initialCss.push(size);
    else if (documentFiles.has(file)) report.documents.push(size);
    // The engine, model-store and search workers; the Markdown worker is loaded later, with the first reply, so
    // it counts as lazy.
    else if (/(Engine|modelStore|search)\.worker-[\w-]+\.js$/.test(file)) report.workers.push(size);
    else if (/\.(js|css)$/.test(file)) report.lazy.push(size);
  }
  if (report.initialJs.length === 0) throw new Error(`No entry script found in ${distDir}/index.html.`);
  return report;
}

/** True when exactly one file holds web-llm, once, and it is the engine worker. */
export function webLlmOnlyInWorkerOnce(report: BundleReport): boolean {
  const holders = Object.entries(report.webLlmCopies);
  return (
    holders.length === 1 &&
    holders[0]![1] === 1 &&
    report.workers.some((worker) => worker.file === holders[0]![0])
  );
}

/**
 * The chunk holding each language's dictionary (src/i18n/messages/<language>.ts): one of them is loaded before
 * the first render, so "JS before the first render" is the initial JS plus one of these.
 */
export function dictionaryChunks(report: BundleReport): Record<"en" | "pt-BR", FileSize | undefined> {
  const find = (name: string) =>
    report.lazy.find((file) => new RegExp(`^assets/${name}-[\\w-]+\\.js$`).test(file.file));
  return { en: find("en"), "pt-BR": find("pt-BR") };
}

export function totalOf(sizes: readonly FileSize[]): { raw: number; gzip: number } {
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** The documents worker's chunk and every chunk it imports, directly or not (paths under `distDir`). */
function documentsWorkerFiles(distDir: string): Set<string> {
  const assets = join(distDir, "assets");
  const worker = readdirSync(assets).find((name) => /^documents\.worker-[\w-]+\.js$/.test(name));
  const found = new Set<string>();
  const visit = (name: string) => {
    // pdf.js names files of its own (wasm glue) that are never emitted: only chunks that exist count.
    if (found.has(`assets/${name}`) || !existsSync(join(assets, name))) return;
    found.add(`assets/${name}`);
    const code = readFileSync(join(assets, name), "utf8");
    for (const match of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(match[1]!);
  };
  if (worker) visit(worker);
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
