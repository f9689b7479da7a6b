import { describe, expect, it } from "vitest";
import { en } from "../../i18n/messages/en";
import { ptBR } from "../../i18n/messages/pt-BR";
import { describeRequestRefusal } from "./describeRequestRefusal";

const SHARD = "https://huggingface.co/mlc-ai/m/resolve/main/params_shard_3.bin";

describe("describeRequestRefusal", () => {
  it("names the file and the host that redirected it, and whether anything was sent", () => {
    expect(describeRequestRefusal(en, { code: "redirect-refused", url: SHARD, to: undefined })).toBe(
      "huggingface.co answered params_shard_3.bin with a redirect to a host that is not one of this app's model hosts. Sigilo refused to follow it: nothing was requested from that host.",
    );
    expect(
      describeRequestRefusal(en, { code: "redirect-refused", url: SHARD, to: "http://evil.example:8080/x" }),
    ).toBe(
      "huggingface.co redirected params_shard_3.bin to evil.example:8080, which is not one of this app's model hosts. The browser followed the redirect; Sigilo discarded the answer.",
    );
    expect(describeRequestRefusal(ptBR, { code: "redirect-refused", url: SHARD, to: undefined })).toContain(
      "huggingface.co respondeu params_shard_3.bin com um redirecionamento",
    );
  });

  it("says why an address itself was refused", () => {
    const refusal = (problem: "not-http" | "credentials" | "host-not-allowed", url = SHARD) =>
      describeRequestRefusal(en, { code: "destination-refused", url, problem });
    expect(refusal("not-http", "data:application/octet-stream;base64,AAAA")).toContain(
      "not an http(s) address",
    );
    expect(refusal("credentials")).toBe(
      "The address of params_shard_3.bin on huggingface.co contains a user name or password; Sigilo never sends credentials to a model host.",
    );
    expect(refusal("host-not-allowed", "https://evil.example/")).toBe(
      "evil.example is not one of this app's model hosts (asked for /).",
    );
  });
});
