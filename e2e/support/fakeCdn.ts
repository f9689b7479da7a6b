import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fakeModelFile, pathFromCdnUrl } from "./fakeModelHost";

/** The Hugging Face CDN host the fake one stands in for: inside the app's allowed `https://*.hf.co`. */
export const FAKE_CDN_HOST = "cdn-lfs.hf.co";

export interface FakeCdn {
  /** "https://cdn-lfs.hf.co", which the browser launched with `chromiumArgs` reaches on this machine. */
  origin: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  /** Chromium flags that send the CDN's host name to this server. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/**
 * A real HTTPS server answering for cdn-lfs.hf.co on a loopback port, serving the fake model files by
 * the original path a `cdnUrl` carries. Real, because Playwright's routes see only a request's first
 * hop: the redirect to the CDN is taken by the browser itself. Its certificate is made here, for this
 * run (openssl); the browser context must be created with `ignoreHTTPSErrors`.
 */
export async function serveFakeCdn(): Promise<FakeCdn> {
  const { key, cert } = await selfSignedCertificate(FAKE_CDN_HOST);
  const requests: string[] = [];
  const server = createServer({ key, cert }, (request, response) => {
    const url = new URL(request.url ?? "/", `https://${FAKE_CDN_HOST}`);
    requests.push(url.pathname + url.search);
    const path = pathFromCdnUrl(url);
    const body = path === undefined ? undefined : fakeModelFile(new URL(path, "https://huggingface.co"));
    const cors = { "access-control-allow-origin": "*" };
    if (!body) return void response.writeHead(404, cors).end();
    response
      .writeHead(200, {
        ...cors,
        "content-type": "application/octet-stream",
        "content-length": String(body.byteLength),
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://${FAKE_CDN_HOST}`,
    requests,
    chromiumArgs: [`--host-resolver-rules=MAP ${FAKE_CDN_HOST} 127.0.0.1:${port}`],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function selfSignedCertificate(host: string): Promise<{ key: Buffer; cert: Buffer }> {
  const folder = await mkdtemp(join(tmpdir(), "sigilo-cdn-"));
  try {
    const keyFile = join(folder, "key.pem");
    const certFile = join(folder, "cert.pem");
    await promisify(execFile)("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      `/CN=${host}`,
      "-addext",
      `subjectAltName=DNS:${host}`,
      "-keyout",
      keyFile,
      "-out",
      certFile,
    ]).catch((error: unknown) => {
      throw new Error(
        `The fake CDN needs openssl to make its certificate (Debian: apt-get install openssl): ${String(error)}`,
      );
    });
    return { key: await readFile(keyFile), cert: await readFile(certFile) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
