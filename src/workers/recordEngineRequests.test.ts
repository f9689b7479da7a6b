import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestRefusedError } from "../services/privacy/checkedFetch";
import { recordEngineRequests } from "./recordEngineRequests";

const record = vi.fn();
vi.mock("../services/privacy/requestRecorder", () => ({
  createRequestRecorder: () => ({ record, flush: async () => {} }),
  recordRequestsOutsideServiceWorker: () => {},
}));

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
  record.mockReset();
});

function installWith(mirror: string | undefined) {
  const network = vi.fn(async (request: Request) => {
    const response = new Response("ok", { headers: { "content-length": "2" } });
    Object.defineProperty(response, "url", { value: request.url });
    return response;
  });
  globalThis.fetch = network as unknown as typeof fetch;
  recordEngineRequests(mirror, location.href);
  return network;
}

describe("the engine worker's requests", () => {
  it("reach the public model hosts and are logged with their size", async () => {
    const network = installWith(undefined);
    await fetch("https://huggingface.co/mlc-ai/m/resolve/main/tokenizer.json");
    await fetch("https://cas-bridge.xethub.hf.co/shard");
    expect(network).toHaveBeenCalledTimes(2);
    expect(record).toHaveBeenCalledWith(
      "https://huggingface.co/mlc-ai/m/resolve/main/tokenizer.json",
      2,
      undefined,
    );
  });

  it("never reach a host outside the build's model hosts, as the page's CSP would refuse", async () => {
    const network = installWith(undefined);
    await expect(fetch("https://example.com/collect")).rejects.toThrow(RequestRefusedError);
    expect(network).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });

  it("with a mirror, reach the mirror alone: the public hosts are refused too", async () => {
    const network = installWith("https://models.example.org/sigilo/");
    await fetch("https://models.example.org/sigilo/m/resolve/main/tokenizer.json");
    await expect(fetch("https://huggingface.co/mlc-ai/m/resolve/main/tokenizer.json")).rejects.toThrow(
      RequestRefusedError,
    );
    expect(network).toHaveBeenCalledTimes(1);
  });

  it("let the app's own files through, kept on its origin, and leave their logging to the service worker", async () => {
    const network = installWith("https://models.example.org/");
    await fetch(`${location.origin}/assets/lib.wasm`);
    expect(network).toHaveBeenCalledTimes(1);
    expect(network.mock.calls[0]?.[0].mode).toBe("same-origin");
    expect(record).not.toHaveBeenCalled();
  });
});
