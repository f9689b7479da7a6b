/**
 * Downloads catalog models' files into the layout a Sigilo mirror serves (see `mirroredSource`):
 * `<out>/<owner>/<model>/resolve/main/<file>` and `<out>/libs/<runtime>/<library>.wasm`. Each file is written
 * to "<name>.part" and renamed only once its size is verified (shards against tensor-cache.json,
 * other files against Content-Length), so an interrupted run resumes with the files already complete.
 */
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { MODEL_CATALOG, catalogSource, findModel } from "../../src/domain/modelCatalog";
import { mirrorPaths, type ModelSource } from "../../src/domain/modelSource";
import {
  CONFIG_FILE,
  TENSOR_CACHE_FILE,
  parseJsonObject,
  readChatConfig,
  readTensorCache,
} from "../../src/domain/mlcModelFolder";

export interface MirrorOptions {
  modelIds: readonly string[];
  outDir: string;
  /** Fetch from this server instead of the public hosts, keeping the paths (a stand-in upstream, for tests). */
  upstream?: string;
  log(line: string): void;
}

export interface MirrorReport {
  downloadedFiles: number;
  keptFiles: number;
  downloadedBytes: number;
}

export async function mirrorModels({
  modelIds,
  outDir,
  upstream,
  log,
}: MirrorOptions): Promise<MirrorReport> {
  const unknown = modelIds.filter((id) => !findModel(id));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown model(s): ${unknown.join(", ")}. Catalog models: ${MODEL_CATALOG.map((m) => m.id).join(", ")}`,
    );
  }
  const report: MirrorReport = { downloadedFiles: 0, keptFiles: 0, downloadedBytes: 0 };
  const from = (url: string) => (upstream ? new URL(new URL(url).pathname, upstream).href : url);

  async function file(url: string, destination: string, expectedBytes?: number): Promise<Buffer | undefined> {
    const existing = await stat(destination).catch(() => undefined);
    if (existing && (expectedBytes === undefined || existing.size === expectedBytes)) {
      report.keptFiles++;
      return undefined;
    }
    const response = await fetch(from(url));
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${from(url)}`);
    const body = Buffer.from(await response.arrayBuffer());
    const announced = response.headers.get("content-encoding")
      ? null
      : response.headers.get("content-length");
    const expected = expectedBytes ?? (announced === null ? undefined : Number(announced));
    if (expected !== undefined && body.byteLength !== expected) {
      throw new Error(
        `${from(url)} arrived incomplete (${body.byteLength} of ${expected} bytes); run again to resume`,
      );
    }
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(`${destination}.part`, body);
    await rename(`${destination}.part`, destination);
    report.downloadedFiles++;
    report.downloadedBytes += body.byteLength;
    return body;
  }

  async function json(source: ModelSource, name: string, directory: string): Promise<string> {
    const destination = join(directory, name);
    await file(new URL(name, source.filesUrl).href, destination);
    return readFile(destination, "utf8");
  }

  for (const id of modelIds) {
    const source = catalogSource(findModel(id)!);
    const paths = mirrorPaths(source);
    const directory = join(outDir, paths.filesDir);
    log(`${id}:`);
    // The rules every model obeys (domain/mlcModelFolder.ts): a shard path can never lead out of `directory`.
    const { tokenizer } = readChatConfig(await json(source, CONFIG_FILE, directory));
    const manifest = await json(source, TENSOR_CACHE_FILE, directory);
    const shards = readTensorCache(parseJsonObject(manifest, TENSOR_CACHE_FILE));
    await file(new URL(tokenizer, source.filesUrl).href, join(directory, tokenizer));
    await file(source.libraryUrl, join(outDir, paths.libraryPath));
    for (const [index, shard] of shards.entries()) {
      await file(
        new URL(shard.dataPath, source.filesUrl).href,
        join(directory, shard.dataPath),
        shard.nbytes,
      );
      log(`  ${index + 1}/${shards.length} weight shards`);
    }
  }
  return report;
}
