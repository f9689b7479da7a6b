import { describe, expect, it } from "vitest";
import { modelHosts } from "../domain/modelHosts";
import { contentSecurityPolicy } from "./contentSecurityPolicy";

const connectSrc = (policy: string) =>
  policy.split("; ").find((directive) => directive.startsWith("connect-src"));

describe("contentSecurityPolicy", () => {
  it("lets the page connect to exactly the configured model hosts", () => {
    expect(connectSrc(contentSecurityPolicy(modelHosts("https://models.corp.example/sigilo/")))).toBe(
      "connect-src 'self' https://models.corp.example",
    );
    expect(connectSrc(contentSecurityPolicy(modelHosts("/models/")))).toBe("connect-src 'self'");
    expect(connectSrc(contentSecurityPolicy(modelHosts(undefined)))).toContain("https://huggingface.co");
  });
});
