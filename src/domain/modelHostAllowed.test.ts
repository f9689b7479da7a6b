import { describe, expect, it } from "vitest";
import { destinationProblem, isModelHostAllowed } from "./modelHostAllowed";
import { PUBLIC_MODEL_HOSTS } from "./modelHosts";

const app = "https://sigilo.example";
const allowed = (url: string, hosts = PUBLIC_MODEL_HOSTS) => isModelHostAllowed(new URL(url), hosts, app);

describe("isModelHostAllowed", () => {
  it("allows the app's origin, the listed hosts and the subdomains of a wildcard entry", () => {
    expect(allowed(`${app}/models/x.bin`)).toBe(true);
    expect(allowed("https://huggingface.co/mlc-ai/m/resolve/main/x.bin")).toBe(true);
    expect(allowed("https://cdn-lfs.hf.co/repos/ab/cd")).toBe(true);
    expect(allowed("https://cas-bridge.xethub.hf.co/x")).toBe(true);
    expect(allowed("https://raw.githubusercontent.com/mlc-ai/libs/x.wasm")).toBe(true);
  });

  it("refuses look-alike hosts, other schemes and other ports, as the policy does", () => {
    for (const url of [
      "https://evilhf.co/x",
      "https://hf.co.evil.example/x",
      "https://hf.co/x", // "*.hf.co" does not cover hf.co itself
      "http://huggingface.co/x",
      "https://huggingface.co:8443/x",
      "https://huggingface.co.evil.example/x",
      "https://raw.githubusercontent.com.evil.example/x",
      "https://sigilo.example.evil.example/x",
    ]) {
      expect(allowed(url), url).toBe(false);
    }
  });

  it("with a mirror, allows that origin only", () => {
    const mirror = ["https://models.example.org"];
    expect(allowed("https://models.example.org/sigilo/m/resolve/main/x.bin", mirror)).toBe(true);
    expect(allowed("https://huggingface.co/x", mirror)).toBe(false);
  });
});

describe("destinationProblem", () => {
  const problem = (url: string) => destinationProblem(new URL(url), PUBLIC_MODEL_HOSTS, app);

  it("lets http(s) requests to allowed hosts through", () => {
    expect(problem("https://huggingface.co/m/resolve/main/tokenizer.json")).toBeUndefined();
    expect(problem(`${app}/assets/a.js`)).toBeUndefined();
  });

  it("names what is wrong with the rest", () => {
    expect(problem("data:application/octet-stream;base64,AAAA")).toBe("not-http");
    expect(problem("blob:https://huggingface.co/0b1c")).toBe("not-http");
    expect(problem("file:///etc/passwd")).toBe("not-http");
    expect(problem("ftp://huggingface.co/x")).toBe("not-http");
    expect(problem("https://user:secret@huggingface.co/x")).toBe("credentials");
    expect(problem("https://user@huggingface.co/x")).toBe("credentials");
    expect(problem("https://evil.example/x")).toBe("host-not-allowed");
  });
});
