import { describe, expect, it } from "vitest";
import { safeLinkHref } from "./safeUrl";

describe("safeLinkHref", () => {
  it.each([
    ["https://example.com/a?b#c", "https://example.com/a?b#c"],
    ["HTTP://Example.com", "http://example.com/"],
    ["mailto:someone@example.com", "mailto:someone@example.com"],
  ])("allows %s", (href, expected) => {
    expect(safeLinkHref(href)).toBe(expected);
  });

  it.each([
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    " \u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com",
    "//example.com",
    "/relative",
    "#fragment",
    "",
  ])("rejects %j", (href) => {
    expect(safeLinkHref(href)).toBeNull();
  });
});
