// @vitest-environment node
import { describe, expect, it } from "vitest";
import { MODEL_FILE_LIMITS } from "../../domain/mlcModelFolder";
import { createModelLibraries } from "./modelLibraries";
import { createWebLlmCache } from "./webLlmCache";
import { libraryFile, readFile } from "./webLlmFiles";

let counter = 0;
const LIBS = "https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/";

/** Libraries with URLs of their own, so tests sharing the fake IndexedDB do not meet. */
function libraryUrl(version: string): string {
  return `${LIBS}${version}/base/Test-${++counter}-webgpu.wasm`;
}

function setup(respond: (url: string) => Response) {
  const cache = createWebLlmCache();
  const requests: string[] = [];
  const libraries = createModelLibraries(cache, async (url) => {
    requests.push(url);
    return respond(url);
  });
  return { cache, libraries, requests };
}

const bytes = (length: number) => new Uint8Array(length).fill(7);

describe("model libraries on their own", () => {
  it("stores a fetched library where and as web-llm reads it, lists it with its size, and deletes it", async () => {
    const { cache, libraries } = setup(() => new Response(bytes(4096)));
    const url = libraryUrl("v0_2_87");
    expect(await libraries.fetch([url])).toBe(4096);
    const stored = await readFile(cache, libraryFile({ modelId: "", filesUrl: "", libraryUrl: url }));
    expect(stored).toMatchObject({ state: "stored", byteLength: 4096 });
    expect(await libraries.list()).toContainEqual({ url, bytes: 4096 });
    await libraries.delete([url]);
    expect((await libraries.list()).map((library) => library.url)).not.toContain(url);
  });

  it("keeps nothing of a library the host refuses, cuts short, or makes too large", async () => {
    const missing = libraryUrl("v0_2_87");
    const short = libraryUrl("v0_2_87");
    const huge = libraryUrl("v0_2_87");
    const { libraries } = setup((url) => {
      if (url === missing) return new Response("not found", { status: 404 });
      if (url === short) return new Response(bytes(10), { headers: { "content-length": "20" } });
      return new Response(bytes(1), {
        headers: { "content-length": String(MODEL_FILE_LIMITS.libraryBytes + 1) },
      });
    });
    await expect(libraries.fetch([missing])).rejects.toMatchObject({
      reason: { code: "http-status", status: 404 },
    });
    await expect(libraries.fetch([short])).rejects.toMatchObject({ reason: { code: "incomplete-file" } });
    await expect(libraries.fetch([huge])).rejects.toMatchObject({ reason: { code: "file-too-large" } });
    const listed = (await libraries.list()).map((library) => library.url);
    expect(listed.filter((url) => [missing, short, huge].includes(url))).toEqual([]);
  });

  it("stops at a cancel: what was stored stays, nothing more is fetched", async () => {
    const controller = new AbortController();
    const first = libraryUrl("v0_2_87");
    const second = libraryUrl("v0_2_87");
    const { libraries, requests } = setup(() => {
      controller.abort();
      return new Response(bytes(64));
    });
    await expect(libraries.fetch([first, second], controller.signal)).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(requests).toEqual([first]);
    expect(await libraries.list()).toContainEqual({ url: first, bytes: 64 });
  });

  it("refuses a library web-llm would never read from its cache, without fetching it", async () => {
    const { libraries, requests } = setup(() => new Response(bytes(1)));
    await expect(libraries.fetch(["http://localhost:8000/v0_2_87/lib.wasm"])).rejects.toThrow(
      /does not read/,
    );
    expect(requests).toEqual([]);
  });
});
