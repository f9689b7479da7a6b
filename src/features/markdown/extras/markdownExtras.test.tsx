import { cleanup, render, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import MarkdownMessage from "../MarkdownMessage";
import { fencedLanguages, grammarFor } from "./codeLanguages";
import { normalizeMathDelimiters } from "./math";
import { looksLikeMath } from "./loadExtras";

// jsdom has no workers: the Markdown worker's code runs in the test's thread.
vi.mock("../renderer/workerPort", async () => ({
  createWorkerPort: (await import("../testing/inProcessPort")).createInProcessPort,
}));

// Rendered without the app's store: the code block's texts come from the English dictionary.
vi.mock("../../../i18n/useT", async () => {
  const { en } = await import("../../../i18n/messages/en");
  return { useT: () => en, useLanguage: () => "en" };
});

afterEach(cleanup);

describe("code highlighting", () => {
  it("finds fence languages, even in an unterminated fence", () => {
    expect(fencedLanguages("```py\nx\n```\n\n~~~ts {1}\ny\n\n```rust\nfn")).toEqual(["py", "ts", "rust"]);
    expect(grammarFor("PY")).toBe("python");
    expect(grammarFor("brainfuck")).toBeUndefined();
  });

  it("colours a fenced block in a known language once its grammar has loaded", async () => {
    const { container } = render(<MarkdownMessage text={"```python\ndef f():\n    return 1\n```"} />);
    await waitFor(() => expect(container.querySelector("code.hljs .hljs-keyword")).not.toBeNull());
    expect(container.querySelector("pre code")?.textContent).toBe("def f():\n    return 1\n");
    expect(container.querySelector("[style]")).toBeNull();
  });

  it("leaves a block in an unknown language plain", async () => {
    const { container } = render(
      <MarkdownMessage text={"```python\nx\n```\n\n```cobol\nDISPLAY 'HI'\n```"} />,
    );
    await waitFor(() => expect(container.querySelector("code.hljs")).not.toBeNull());
    expect(container.querySelector("code.language-cobol")?.children).toHaveLength(0);
  });
});

describe("math", () => {
  it("tells math from money", () => {
    expect(looksLikeMath("the area is $\\pi r^2$")).toBe(true);
    expect(looksLikeMath("$$\nx\n$$")).toBe(true);
    expect(looksLikeMath("where \\(x > 0\\)")).toBe(true);
    expect(looksLikeMath("it costs $5 and $10")).toBe(false);
  });

  it("rewrites LaTeX delimiters outside code only", () => {
    expect(normalizeMathDelimiters("so \\(a+b\\) and `\\(x\\)`")).toBe("so $$a+b$$ and `\\(x\\)`");
    expect(normalizeMathDelimiters("\\[\nE=mc^2\n\\]")).toBe("\n$$\nE=mc^2\n$$\n");
    expect(normalizeMathDelimiters("```tex\n\\(x\\)\n```")).toBe("```tex\n\\(x\\)\n```");
  });

  it("typesets inline and display math with KaTeX", async () => {
    const { container } = render(
      <MarkdownMessage text={"Inline $a^2 + b^2$ and \\(x\\).\n\n$$\n\\frac{1}{2}\n$$"} />,
    );
    await waitFor(() => expect(container.querySelectorAll(".katex")).toHaveLength(3));
    expect(container.querySelectorAll(".katex-display")).toHaveLength(1);
  });

  it("keeps money as text next to real math", async () => {
    const { container } = render(<MarkdownMessage text={"Costs $5 and $10, and $x^2$ too."} />);
    await waitFor(() => expect(container.querySelector(".katex")).not.toBeNull());
    expect(container.querySelectorAll(".katex")).toHaveLength(1);
    expect(container.textContent).toContain("Costs $5 and $10");
  });

  it("gives math no links or images", async () => {
    const { container } = render(
      <MarkdownMessage text={"$\\href{javascript:alert(1)}{x}$ $\\includegraphics{http://evil/x.png}$"} />,
    );
    await waitFor(() => expect(container.querySelector(".katex, .katex-error")).not.toBeNull());
    expect(container.querySelector("a, img, script")).toBeNull();
  });
});
