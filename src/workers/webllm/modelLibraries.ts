/**
 * Model libraries on their own, for an app update that brings a new web-llm runtime (domain/libraryUpgrade.ts):
 * what web-llm's library cache holds, fetching a new runtime's libraries into it ahead of the switch, and
 * deleting old ones. Where and as what a library is kept is webLlmFiles.ts's rule (`libraryFile`, `storeFile`);
 * a library is checked like any download's (size limit, whole body, only a URL web-llm reads from its cache).
 */
import type { StoredLibrary } from "../../domain/libraryUpgrade";
import { checkAnnouncedSize, ModelFileError, sizeLimit } from "../../domain/mlcModelFolder";
import { announcedLength, readBody } from "../../lib/readBody";
import { httpStatusError, incompleteFileError } from "../modelStore/downloadErrors";
import { storedByteLength, type WebLlmCache } from "./webLlmCache";
import { LIBRARY_DATABASE, libraryFile, storeFile, webLlmCachesLibrary, type ModelFile } from "./webLlmFiles";

export interface ModelLibraries {
  list(): Promise<StoredLibrary[]>;
  /**
   * Fetches and stores each library, one by one; rejects at the first that fails, or once `signal` aborts
   * (those stored stay).
   */
  fetch(urls: readonly string[], signal?: AbortSignal): Promise<number>;
  delete(urls: readonly string[]): Promise<void>;
}

export function createModelLibraries(
  cache: WebLlmCache,
  fetchFile: (url: string, signal?: AbortSignal) => Promise<Response>,
): ModelLibraries {
  const database = LIBRARY_DATABASE;
  return {
    async list() {
      const urls = await cache.allUrls(database);
      const sizes = await Promise.all(
        urls.map(async (url) => storedByteLength(await cache.read(database, url))),
      );
      return urls.map((url, index) => ({ url, bytes: sizes[index] ?? 0 }));
    },
    async fetch(urls, signal) {
      let bytesStored = 0;
      for (const url of urls) {
        signal?.throwIfAborted();
        const file = libraryOnly(url);
        // web-llm would fetch such a library itself at every load, never reading it from here.
        if (!webLlmCachesLibrary(url)) throw new Error(`web-llm does not read ${file.name} from its cache`);
        const bytes = await fetchLibrary(file, (url) => fetchFile(url, signal));
        await storeFile(cache, file, bytes);
        bytesStored += bytes.byteLength;
      }
      return bytesStored;
    },
    delete: (urls) => cache.delete(database, urls),
  };
}

async function fetchLibrary(
  file: ModelFile,
  fetchFile: (url: string) => Promise<Response>,
): Promise<ArrayBuffer> {
  const response = await fetchFile(file.url);
  if (!response.ok) throw httpStatusError(response.status, file.name);
  const announced = announcedLength(response);
  if (announced !== undefined) checkAnnouncedSize("library", file.name, announced);
  if (!response.body) throw new Error(`${file.name} came with no body`);
  const read = await readBody(response.body, sizeLimit("library"));
  if (!read.complete) {
    const limitBytes = sizeLimit("library");
    throw new ModelFileError({
      code: "file-too-large",
      file: file.name,
      limitBytes,
      bytes: read.receivedBytes,
    });
  }
  if (announced !== undefined && read.bytes.byteLength !== announced) {
    throw incompleteFileError(file.name, read.bytes.byteLength, announced);
  }
  return read.bytes.buffer as ArrayBuffer;
}

/** A library with no model around it: the adapter keys it by its URL alone. */
function libraryOnly(url: string): ModelFile {
  return libraryFile({ modelId: "", filesUrl: "", libraryUrl: url });
}
