import { describe, expect, it } from "vitest";
import { formatBytes } from "./format";

describe("formatBytes", () => {
  it("writes sizes in English by default", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("2 KB");
    expect(formatBytes(1023 * 1024)).toBe("1023 KB");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatBytes(300 * 1024 * 1024)).toBe("300 MB");
    expect(formatBytes(2 * 1024 ** 3)).toBe("2.00 GB");
  });

  it("writes numbers as the language does", () => {
    expect(formatBytes(1.5 * 1024 * 1024, "pt-BR")).toBe("1,5 MB");
    expect(formatBytes(2.25 * 1024 ** 3, "pt-BR")).toBe("2,25 GB");
    expect(formatBytes(1023 * 1024, "pt-BR")).toBe("1023 KB");
  });
});
