// @vitest-environment node
import { createServer, type Server } from "node:http";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogSource, findModel } from "../../src/domain/modelCatalog";
import { mirrorPaths } from "../../src/domain/modelSource";
import { runCli } from "./cli";

const MODEL = "Qwen2.5-0.5B-Instruct-q4f32_1-MLC";
const SHARD_BYTES = 2048;
const paths = mirrorPaths(catalogSource(findModel(MODEL)!));

/** A stand-in for the public hosts on 127.0.0.1, serving the same paths; it logs every request. */
function standInUpstream() {
  const requests: string[] = [];
  let truncateNext = false;
  const base = `/mlc-ai/${MODEL}/resolve/main/`;
  const files = new Map<string, Buffer>([
    [
      `${base}mlc-chat-config.json`,
      Buffer.from(
        JSON.stringify({
          model_type: "qwen2",
          quantization: "q4f32_1",
          context_window_size: 4096,
          conv_template: { name: "qwen2" },
          tokenizer_files: ["tokenizer.json"],
        }),
      ),
    ],
    [`${base}tokenizer.json`, Buffer.from("{}")],
    [
      `${base}tensor-cache.json`,
      Buffer.from(
        JSON.stringify({
          records: [0, 1, 2].map((i) => ({ dataPath: `params_shard_${i}.bin`, nbytes: SHARD_BYTES })),
        }),
      ),
    ],
    ...[0, 1, 2].map(
      (i) => [`${base}params_shard_${i}.bin`, Buffer.alloc(SHARD_BYTES, i)] as [string, Buffer],
    ),
    [new URL(catalogSource(findModel(MODEL)!).libraryUrl).pathname, Buffer.alloc(100, 7)],
  ]);
  const server: Server = createServer((request, response) => {
    const path = request.url ?? "";
    requests.push(path);
    const body = files.get(path);
    if (!body) return response.writeHead(404).end();
    if (truncateNext && path.endsWith("params_shard_1.bin")) {
      truncateNext = false;
      return response
        .writeHead(200, { "content-length": String(SHARD_BYTES / 2) })
        .end(body.subarray(0, SHARD_BYTES / 2));
    }
    response.writeHead(200, { "content-length": String(body.byteLength) }).end(body);
  });
  return {
    requests,
    truncateShard1Once: () => (truncateNext = true),
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => {
          const address = server.address();
          resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`);
        }),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("npm run mirror", () => {
  let upstream: ReturnType<typeof standInUpstream>;
  let url: string;
  let out: string;
  const lines: string[] = [];
  const run = () => runCli(["--models", MODEL, "--out", out, "--upstream", url], (line) => lines.push(line));

  beforeEach(async () => {
    upstream = standInUpstream();
    url = await upstream.start();
    out = await mkdtemp(join(tmpdir(), "sigilo-mirror-"));
    lines.length = 0;
  });
  afterEach(() => upstream.stop());

  it("writes the layout the app expects, verified, and says how to serve it", async () => {
    expect(await run()).toBe(0);
    const shard = await stat(join(out, paths.filesDir, "params_shard_2.bin"));
    expect(shard.size).toBe(SHARD_BYTES);
    expect(await readFile(join(out, paths.libraryPath))).toEqual(Buffer.alloc(100, 7));
    expect(lines.join("\n")).toContain("VITE_MODEL_MIRROR=https://models.example.org/sigilo/ npm run build");
  });

  it("refuses a truncated shard, then resumes without fetching the complete files again", async () => {
    upstream.truncateShard1Once();
    expect(await run()).toBe(1);
    expect(lines.at(-1)).toMatch(
      /params_shard_1\.bin arrived incomplete \(1024 of 2048 bytes\); run again to resume/,
    );
    await expect(stat(join(out, paths.filesDir, "params_shard_1.bin"))).rejects.toThrow();

    const before = upstream.requests.length;
    expect(await run()).toBe(0);
    expect(upstream.requests.slice(before).filter((path) => path.endsWith(".bin"))).toEqual([
      `/mlc-ai/${MODEL}/resolve/main/params_shard_1.bin`,
      `/mlc-ai/${MODEL}/resolve/main/params_shard_2.bin`,
    ]);
  });

  it("replaces a shard whose size is wrong, and names unknown models", async () => {
    expect(await run()).toBe(0);
    await writeFile(join(out, paths.filesDir, "params_shard_0.bin"), "short");
    expect(await run()).toBe(0);
    expect((await stat(join(out, paths.filesDir, "params_shard_0.bin"))).size).toBe(SHARD_BYTES);

    expect(await runCli(["--models", "nope", "--out", out], (line) => lines.push(line))).toBe(1);
    expect(lines.at(-1)).toMatch(/^Mirror failed: Unknown model\(s\): nope\. Catalog models: /);
  });
});
