import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fakeModelFile } from "./fakeModelHost";

export interface ForbiddenHost {
  /** "http://127.0.0.1:<port>": another origin than the app's, and not a model host. */
  origin: string;
  /** "127.0.0.1:<port>", for a guard's `allowedHosts` (the test asserts on `requests` instead). */
  host: string;
  /** Every path that reached this host. It must stay empty. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A host the app must never contact, listening for real on a loopback port so a test can count what
 * reaches it (Playwright's routes never see a redirect's second hop, which the browser takes itself).
 * It answers like a willing accomplice — the model files by path, CORS open — so a request that did get
 * through would succeed rather than fail and be retried.
 */
export async function serveForbiddenHost(): Promise<ForbiddenHost> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://forbidden.invalid");
    requests.push(url.pathname);
    const body = fakeModelFile(url) ?? Buffer.from("answered by the forbidden host");
    response
      .writeHead(200, { "access-control-allow-origin": "*", "content-length": String(body.byteLength) })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
