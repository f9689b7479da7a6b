import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as ReactMarkdownModule from "react-markdown";
import MarkdownMessage from "./MarkdownMessage";

// Wraps the real renderer so tests can count how often Markdown is parsed.
const markdownRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock("react-markdown", async (importOriginal) => {
  const actual = await importOriginal<typeof ReactMarkdownModule>();
  const Counted: typeof actual.default = (options) => {
    markdownRenders.count += 1;
    return actual.default(options);
  };
  return { ...actual, default: Counted };
});

// Rendered without the app's store: the code block's texts come from the English dictionary.
vi.mock("../../i18n/useT", async () => {
  const { en } = await import("../../i18n/messages/en");
  return { useT: () => en, useLanguage: () => "en" };
});

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, "clipboard");
});

/** jsdom has no Clipboard API; install a stand-in on the real navigator. */
function mockClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

function renderMarkdown(text: string): HTMLElement {
  return render(<MarkdownMessage text={text} />).container;
}

describe("MarkdownMessage safety", () => {
  it("shows a script tag as text and creates no script element", () => {
    const container = renderMarkdown("Hello <script>alert(1)</script> world");
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toContain("<script>alert(1)</script>");
  });

  it("shows block-level HTML as text", () => {
    const container = renderMarkdown('<div onclick="alert(1)">\n<script>alert(1)</script>\n</div>');
    expect(container.querySelector("script, [onclick]")).toBeNull();
    expect(container.textContent).toContain('<div onclick="alert(1)">');
    // Converted before remark-rehype (not left to react-markdown), with line breaks kept by CSS.
    expect(container.querySelector("p.md-raw-html")?.textContent).toContain("\n<script>");
  });

  it("shows an HTML img tag as text and loads no image", () => {
    const container = renderMarkdown('<img src="http://evil.example/x.png" onerror="alert(1)">');
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain('<img src="http://evil.example/x.png"');
  });

  it("never renders a Markdown image, remote or data:", () => {
    const container = renderMarkdown(
      "![x](http://evil/x.png) ![d](data:image/png;base64,AAAA) ![r][ref]\n\n[ref]: http://evil/r.png",
    );
    expect(container.querySelector("img")).toBeNull();
    const placeholder = screen.getByText("🖼 Image not loaded: x");
    expect(placeholder.getAttribute("title")).toBe("http://evil/x.png");
    expect(screen.getByText("🖼 Image not loaded: r").getAttribute("title")).toBe("http://evil/r.png");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,hi",
    "vbscript:msgbox(1)",
    "/relative",
  ])("renders a %s link as plain text", (href) => {
    const container = renderMarkdown(`[click me](${href})`);
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toBe("click me");
  });

  it("renders a javascript: autolink as plain text", () => {
    const container = renderMarkdown("<javascript:alert(1)>");
    expect(container.querySelector("a")).toBeNull();
  });

  it("opens http(s) and mailto links in a new tab without referrer", () => {
    renderMarkdown("[site](https://example.com/a) and mail@example.com and www.example.org");
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "https://example.com/a",
      "mailto:mail@example.com",
      "http://www.example.org/",
    ]);
    for (const link of links) {
      expect(link.getAttribute("target")).toBe("_blank");
      expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    }
  });
});

describe("MarkdownMessage GFM", () => {
  it("renders tables, task lists and strikethrough", () => {
    const container = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~gone~~");
    expect(screen.getByRole("table")).toBeTruthy();
    expect(screen.getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["1", "2"]);
    expect(screen.getAllByRole("checkbox")).toHaveLength(2);
    expect(container.querySelector("del")?.textContent).toBe("gone");
  });
});

describe("MarkdownMessage code", () => {
  it("labels a fenced block with its language and keeps inline code inline", () => {
    const container = renderMarkdown("Use `npm test`.\n\n```ts\nconst a = 1;\n```");
    expect(container.querySelector("p > code")?.textContent).toBe("npm test");
    expect(container.querySelector("pre > code")?.textContent).toBe("const a = 1;\n");
    expect(screen.getByText("ts")).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Copy code" })).toHaveLength(1);
  });

  it("copies the block's text and confirms it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard(writeText);
    renderMarkdown("```\nline 1\nline 2\n```");

    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));

    expect(writeText).toHaveBeenCalledWith("line 1\nline 2");
    expect((await screen.findByRole("status")).textContent).toBe("Copied");
  });

  it("hides the confirmation after a moment", async () => {
    vi.useFakeTimers();
    try {
      mockClipboard(vi.fn().mockResolvedValue(undefined));
      renderMarkdown("```\nx\n```");
      await act(async () => fireEvent.click(screen.getByRole("button", { name: "Copy code" })));
      expect(screen.getByRole("status").textContent).toBe("Copied");
      act(() => vi.advanceTimersByTime(2500));
      expect(screen.getByRole("status").textContent).toBe("");
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports a refused clipboard", async () => {
    mockClipboard(vi.fn().mockRejectedValue(new Error("denied")));
    renderMarkdown("```\nx\n```");
    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));
    // The status region is always present; wait for its text, not just for it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copy failed"));
  });

  it("reports a missing clipboard (insecure context)", async () => {
    renderMarkdown("```\nx\n```");
    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));
    // The status region is always present; wait for its text, not just for it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copy failed"));
  });
});

describe("MarkdownMessage streaming", () => {
  it("renders partial Markdown without throwing", () => {
    const partials = [
      "```py\nprint(",
      "| a | b |\n|--",
      "[link](http://exa",
      "**bold",
      "<scr",
      "![alt](http://x",
    ];
    for (const text of partials) {
      expect(() => renderMarkdown(text)).not.toThrow();
    }
    expect(document.querySelector("img, script")).toBeNull();
  });

  it("grows an unterminated fence as text streams in", () => {
    const { container, rerender } = render(<MarkdownMessage text={"```js\nconst"} />);
    rerender(<MarkdownMessage text={"```js\nconst a = 1;\n"} />);
    expect(container.querySelector("pre code")?.textContent).toContain("const a = 1;");
  });
});

describe("MarkdownMessage memoisation", () => {
  it("does not re-parse when re-rendered with the same text", () => {
    const { rerender } = render(<MarkdownMessage text="# Title" />);
    const parsed = markdownRenders.count;
    rerender(<MarkdownMessage text="# Title" />);
    expect(markdownRenders.count).toBe(parsed);
    rerender(<MarkdownMessage text="# Title!" />);
    expect(markdownRenders.count).toBe(parsed + 1);
  });

  it("re-parses only the growing last block while a reply streams", () => {
    const finished = "# Title\n\nA finished paragraph.\n\n- a list\n- of items\n\n";
    const { container, rerender } = render(<MarkdownMessage text={`${finished}The last`} />);
    const parsed = markdownRenders.count;
    rerender(<MarkdownMessage text={`${finished}The last block grows`} />);
    expect(markdownRenders.count).toBe(parsed + 1);
    expect(container.querySelector("h1")?.textContent).toBe("Title");
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["a list", "of items"]);
    expect(container.querySelector("p:last-child")?.textContent).toBe("The last block grows");
  });
});
