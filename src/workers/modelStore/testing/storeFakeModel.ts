/**
 * Stores a fake model (testing/fakeModelFiles.ts) the way the app does, for tests that start from a
 * stored model: through the real downloader, or through the real importer from the same files on "disk".
 */
import { importedModelSource, type ChosenFile } from "../../../domain/importedModel";
import type { ModelSource } from "../../../domain/modelSource";
import type { WebLlmCache } from "../../webllm/webLlmCache";
import { downloadModel, type DownloadEnvironment } from "../modelDownload";
import { createModelImporter } from "../modelImport";
import { fakeFetch, fakeFolderFiles, fakeModelFiles, fakeSource } from "./fakeModelFiles";

/** The downloader's environment with `files` served as they are: no waits, no storage limit. */
export function fakeDownloadEnvironment(
  cache: WebLlmCache,
  files: Map<string, Uint8Array>,
): DownloadEnvironment {
  return {
    cache,
    fetch: fakeFetch(files).fetch,
    estimateStorage: async () => ({}),
    isOnline: () => true,
    waitBeforeRetry: async () => {},
    waitUntilOnline: async () => {},
    now: () => 0,
    retry: { attempts: 1, firstDelayMs: 0 },
  };
}

/** Downloads `source`'s fake files (or `files`) into `cache`; resolves to the files served. */
export async function downloadFakeModel(
  cache: WebLlmCache,
  source: ModelSource,
  files: Map<string, Uint8Array> = fakeModelFiles(source),
): Promise<Map<string, Uint8Array>> {
  await downloadModel(source, fakeDownloadEnvironment(cache, files), () => {});
  return files;
}

/** The fake model's files as a chosen folder "Tiny/…". */
export function fakeChosenFolder(shardCount = 4): ChosenFile[] {
  return [...fakeFolderFiles(fakeSource("Tiny-q4f32_1-MLC"), shardCount)].map(([name, bytes]) => ({
    path: `Tiny/${name}`,
    file: new Blob([bytes]),
  }));
}

/** Imports the fake model's folder into `cache` as the imported model `modelId`; fails the test if refused. */
export async function importFakeModel(
  cache: WebLlmCache,
  modelId: string,
  shardCount = 4,
): Promise<ModelSource> {
  const source = importedModelSource(modelId);
  const importer = createModelImporter({ cache, estimateStorage: async () => ({}) });
  const result = await importer.import(source, fakeChosenFolder(shardCount), () => {});
  if (!result.ok) throw new Error(`The fake model was not imported: ${JSON.stringify(result.problem)}`);
  return source;
}
