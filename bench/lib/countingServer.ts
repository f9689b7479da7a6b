/**
 * Serves a build folder the way a static host would (gzip for text, index.html for unknown paths) and notes
 * every response it sent: its path, its size on the wire and when it finished. The first-visit case reads
 * the log to count what the browser received before a given moment; the server is the one place that sees
 * every request, from the page, its workers and the service worker alike.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { CONTENT_TYPES } from "../../e2e/support/staticServer";

const COMPRESSED = new Set([".html", ".js", ".css", ".svg", ".webmanifest"]);

export interface SentResponse {
  path: string;
  bytes: number;
  /** Wall-clock time (ms since the epoch) the last byte was handed to the network. */
  finishedAt: number;
}

export interface CountingServer {
  origin: string;
  readonly sent: readonly SentResponse[];
  /** Forgets what was sent so far (between runs). */
  reset(): void;
  close(): Promise<void>;
}

export async function serveCounting(folder: string): Promise<CountingServer> {
  let sent: SentResponse[] = [];
  const files = new Map<string, Promise<{ body: Buffer; gzip: boolean } | undefined>>();
  const load = (file: string) => {
    if (!files.has(file)) {
      files.set(
        file,
        readFile(join(folder, file)).then(
          (raw) =>
            COMPRESSED.has(extname(file))
              ? { body: gzipSync(raw, { level: 6 }), gzip: true }
              : { body: raw, gzip: false },
          () => undefined,
        ),
      );
    }
    return files.get(file)!;
  };
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://x").pathname).replace(/^(\.\.[/\\])+/, "");
    const file = path === "/" || !extname(path) ? "/index.html" : path;
    const found = await load(file);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.on("finish", () => sent.push({ path, bytes: found.body.byteLength, finishedAt: Date.now() }));
    response
      .writeHead(200, {
        "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...(found.gzip ? { "content-encoding": "gzip" } : {}),
      })
      .end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get sent() {
      return sent;
    },
    reset: () => void (sent = []),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
