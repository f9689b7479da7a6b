import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

/** Content types of the files a build holds. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  origin: string;
  /** Makes the next fetch of the service worker script return a changed script, as a new deploy would. */
  deployNextVersion(): void;
  /** Serves another build from now on, on the same origin: a deploy of a new release. */
  deployBuild(folder: string): void;
  close(): Promise<void>;
}

/**
 * Serves a build folder on a loopback port of its own, so one test can ship a new version of the service
 * worker without touching the shared test server. Unknown paths get index.html, like a static host's SPA rule.
 * Like most static hosts it sends no Content-Security-Policy header: the page's <meta> tag is the only policy.
 * `redirects` maps a path prefix to where the server redirects (302) what is under it.
 */
export async function serveBuild(
  firstFolder: string,
  { redirects = {} }: { redirects?: Record<string, string> } = {},
): Promise<StaticServer> {
  let version = 1;
  let folder = firstFolder;
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://x").pathname).replace(/^(\.\.[/\\])+/, "");
    const redirect = Object.entries(redirects).find(([prefix]) => path.startsWith(prefix));
    if (redirect) {
      const [prefix, target] = redirect;
      return void response.writeHead(302, { location: target + path.slice(prefix.length) }).end();
    }
    const file = path === "/" || !extname(path) ? "/index.html" : path;
    try {
      let body: Buffer | string = await readFile(join(folder, file));
      if (file === "/serviceWorker.js" && version > 1) body = `${body.toString()}\n// version ${version}\n`;
      response
        .writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    deployNextVersion: () => void version++,
    deployBuild: (next) => void (folder = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
