import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";
import { promisify } from "node:util";
import { fakeModelFile } from "./fakeModelHost";

export interface LoggingServer {
  origin: string;
  /** "METHOD /path" of every request received, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for the public model hosts (Hugging Face and GitHub, which `npm run mirror` reads from):
 * the same fake files the e2e model host serves, by path, on a loopback port.
 */
export function serveFakeUpstream(): Promise<LoggingServer> {
  return listen(0, (_request, response, path) => {
    const body = fakeModelFile(new URL(path, "http://upstream.invalid"));
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { "content-length": String(body.byteLength) }).end(body);
  });
}

/**
 * What README's "Host it yourself" asks of an organisation's server: the mirror folder served as static
 * files under `path`, with `Access-Control-Allow-Origin: <the app's origin>` and nothing more. Like a
 * plain static server it answers GET and HEAD only, so a request that needed a CORS preflight would fail.
 */
export function serveMirrorFolder(options: {
  folder: string;
  port: number;
  path: string;
  appOrigin: string;
}): Promise<LoggingServer> {
  return listen(options.port, async (request, response, path) => {
    const cors = { "access-control-allow-origin": options.appOrigin, vary: "Origin" };
    if (request.method !== "GET" && request.method !== "HEAD") {
      return void response.writeHead(405, { allow: "GET, HEAD" }).end();
    }
    const file = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, "");
    if (!file.startsWith(options.path)) return void response.writeHead(404, cors).end();
    try {
      const body = await readFile(join(options.folder, file.slice(options.path.length)));
      response.writeHead(200, {
        ...cors,
        "content-type": "application/octet-stream",
        "content-length": String(body.byteLength),
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, cors).end();
    }
  });
}

/** Runs `npm run mirror -- <args>` in the repository, as the README says; resolves to its output. */
export async function runMirrorScript(args: readonly string[]): Promise<string> {
  const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "mirror", "--", ...args], {
    cwd: process.cwd(),
  });
  return stdout;
}

function listen(
  port: number,
  handle: (request: IncomingMessage, response: ServerResponse, path: string) => unknown,
): Promise<LoggingServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    requests.push(`${request.method} ${path}`);
    void handle(request, response, path);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${bound}`,
        requests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
