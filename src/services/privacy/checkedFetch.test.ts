import { describe, expect, it, vi } from "vitest";
import { PUBLIC_MODEL_HOSTS } from "../../domain/modelHosts";
import { createCheckedFetch, RequestRefusedError } from "./checkedFetch";
import type { PolicyRefusals } from "./policyRefusals";

const APP = "https://sigilo.example";
const SHARD = "https://huggingface.co/mlc-ai/m/resolve/main/params_shard_0.bin";

/** A response as the browser gives it after following redirects to `finalUrl`. */
function answeredFrom(finalUrl: string, body = "bytes"): Response {
  const response = new Response(body, { headers: { "content-length": String(body.length) } });
  Object.defineProperties(response, {
    url: { value: finalUrl },
    redirected: { value: finalUrl !== SHARD && !finalUrl.endsWith("/same") },
  });
  return response;
}

function setUp(options: { send?: (request: Request) => Promise<Response>; refused?: boolean } = {}) {
  const sent: Request[] = [];
  const onSent = vi.fn();
  const refusals: PolicyRefusals = { refused: vi.fn(async () => options.refused ?? false) };
  const checkedFetch = createCheckedFetch({
    send: async (input) => {
      const request = input as Request;
      sent.push(request);
      return options.send ? options.send(request) : answeredFrom(request.url);
    },
    allowedHosts: PUBLIC_MODEL_HOSTS,
    appOrigin: APP,
    baseUrl: `${APP}/assets/engine.js`,
    refusals,
    onSent,
  });
  return { checkedFetch, sent, onSent, refusals };
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RequestRefusedError);
  return (error as RequestRefusedError).reason;
}

describe("createCheckedFetch", () => {
  it("sends requests to a model host without cookies or a referrer, and reports their size", async () => {
    const { checkedFetch, sent, onSent } = setUp();
    const response = await checkedFetch(SHARD);
    expect(await response.text()).toBe("bytes");
    expect(sent[0]).toMatchObject({ url: SHARD, credentials: "omit", referrerPolicy: "no-referrer" });
    expect(onSent).toHaveBeenCalledWith(SHARD, 5, undefined);
  });

  it("keeps the app's own requests on its origin, resolving relative URLs against the script, unreported", async () => {
    const { checkedFetch, sent, onSent } = setUp();
    await checkedFetch("../models/same");
    expect(sent[0]?.url).toBe(`${APP}/models/same`);
    expect(sent[0]?.mode).toBe("same-origin");
    expect(onSent).not.toHaveBeenCalled();
  });

  it("never sends a request to another host, another scheme or with credentials", async () => {
    const { checkedFetch, sent } = setUp();
    expect(await refusal(checkedFetch("https://evil.example/collect?d=1"))).toEqual({
      code: "destination-refused",
      url: "https://evil.example/collect?d=1",
      problem: "host-not-allowed",
    });
    expect(await refusal(checkedFetch("data:application/octet-stream;base64,AAAA"))).toMatchObject({
      problem: "not-http",
    });
    expect(await refusal(checkedFetch("blob:https://huggingface.co/0b1c"))).toMatchObject({
      problem: "not-http",
    });
    // The password never reaches the reason (which the UI may show).
    expect(await refusal(checkedFetch("https://me:secret@huggingface.co/x"))).toEqual({
      code: "destination-refused",
      url: "https://huggingface.co/x",
      problem: "credentials",
    });
    expect(await refusal(checkedFetch(new Request("https://evil.example/x")))).toMatchObject({
      problem: "host-not-allowed",
    });
    expect(sent).toEqual([]);
  });

  it("follows a redirect to an allowed CDN host and reports where it led", async () => {
    const cdn = "https://cdn-lfs.hf.co/repos/ab/cd?X-Amz-Signature=1";
    const { checkedFetch, onSent } = setUp({ send: async () => answeredFrom(cdn) });
    expect(await (await checkedFetch(SHARD)).text()).toBe("bytes");
    expect(onSent).toHaveBeenCalledWith(SHARD, 5, { to: cdn, refused: false });
  });

  it("names a redirect the page's policy stopped, instead of a bare network error", async () => {
    const { checkedFetch, onSent, refusals } = setUp({
      send: () => Promise.reject(new TypeError("Failed to fetch")),
      refused: true,
    });
    expect(await refusal(checkedFetch(SHARD))).toEqual({
      code: "redirect-refused",
      url: SHARD,
      to: undefined,
    });
    expect(refusals.refused).toHaveBeenCalledWith(SHARD);
    expect(onSent).toHaveBeenCalledWith(SHARD, undefined, { to: undefined, refused: true });
  });

  it("leaves a dropped connection a network error, to be retried", async () => {
    const { checkedFetch, onSent } = setUp({
      send: () => Promise.reject(new TypeError("Failed to fetch")),
      refused: false,
    });
    await expect(checkedFetch(SHARD)).rejects.toThrow(TypeError);
    expect(onSent).toHaveBeenCalledWith(SHARD, undefined, undefined);
  });

  it("throws away an answer a browser fetched from a host it should not have followed a redirect to", async () => {
    const elsewhere = "http://evil.example/stolen.bin";
    const { checkedFetch, onSent } = setUp({ send: async () => answeredFrom(elsewhere) });
    expect(await refusal(checkedFetch(SHARD))).toEqual({
      code: "redirect-refused",
      url: SHARD,
      to: elsewhere,
    });
    expect(onSent).toHaveBeenCalledWith(SHARD, undefined, { to: elsewhere, refused: true });
  });

  it("refuses an answer to the app's own request that came from another origin, even a model host", async () => {
    const { checkedFetch } = setUp({ send: async () => answeredFrom("https://huggingface.co/x") });
    expect(await refusal(checkedFetch(`${APP}/models/x.bin`))).toMatchObject({
      code: "redirect-refused",
      to: "https://huggingface.co/x",
    });
  });
});
