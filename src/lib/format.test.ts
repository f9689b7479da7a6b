import { describe, expect, it } from "vitest";
import { formatBytes, formatElapsed, formatFigure } from "./format";

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

describe("formatFigure", () => {
  it("writes one decimal, and two significant digits below 0.1 instead of 0.0", () => {
    expect(formatFigure(12.345)).toBe("12.3");
    expect(formatFigure(0.1)).toBe("0.1");
    expect(formatFigure(0.042)).toBe("0.042");
    expect(formatFigure(0.0456)).toBe("0.046");
    expect(formatFigure(0.0012)).toBe("0.0012");
    expect(formatFigure(0)).toBe("0.0");
    expect(formatFigure(1234.5)).toBe("1234.5");
  });

  it("writes as many decimals as asked", () => {
    expect(formatFigure(0.4567, "en", 2)).toBe("0.46");
    expect(formatFigure(0.0042, "en", 2)).toBe("0.0042");
  });

  it("writes decimals as the language does", () => {
    expect(formatFigure(12.345, "pt-BR")).toBe("12,3");
    expect(formatFigure(0.042, "pt-BR")).toBe("0,042");
  });

  it("gives nothing for a figure that is not a number", () => {
    expect(formatFigure(Number.NaN)).toBeUndefined();
    expect(formatFigure(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe("formatElapsed", () => {
  it("counts whole seconds from zero, then minutes", () => {
    expect(formatElapsed(0)).toBe("0 s");
    expect(formatElapsed(0.9)).toBe("0 s");
    expect(formatElapsed(42.7)).toBe("42 s");
    expect(formatElapsed(65)).toBe("1 min 5 s");
  });
});
