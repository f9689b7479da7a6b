import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import MarkdownMessage from "./MarkdownMessage";
import { postedRequests } from "./testing/inProcessPort";

// jsdom has no workers: the Markdown worker's code runs in the test's thread.
vi.mock("./renderer/workerPort", async () => ({
  createWorkerPort: (await import("./testing/inProcessPort")).createInProcessPort,
}));

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

/** Renders a reply and waits until every chunk has its rendering (none still shown as pending plain text). */
async function renderMarkdown(text: string): Promise<HTMLElement> {
  const { container } = render(<MarkdownMessage text={text} />);
  await waitFor(() => expect(container.querySelector(".md-pending")).toBeNull());
  return container;
}

describe("MarkdownMessage safety", () => {
  it("shows a script tag as text and creates no script element", async () => {
    const container = await renderMarkdown("Hello <script>alert(1)</script> world");
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toContain("<script>alert(1)</script>");
  });

  it("shows block-level HTML as text", async () => {
    const container = await renderMarkdown('<div onclick="alert(1)">\n<script>alert(1)</script>\n</div>');
    expect(container.querySelector("script, [onclick]")).toBeNull();
    expect(container.textContent).toContain('<div onclick="alert(1)">');
    // Converted before remark-rehype (not left to react-markdown), with line breaks kept by CSS.
    expect(container.querySelector("p.md-raw-html")?.textContent).toContain("\n<script>");
  });

  it("shows an HTML img tag as text and loads no image", async () => {
    const container = await renderMarkdown('<img src="http://evil.example/x.png" onerror="alert(1)">');
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain('<img src="http://evil.example/x.png"');
  });

  it("never renders a Markdown image, remote or data:", async () => {
    const container = await renderMarkdown(
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
  ])("renders a %s link as plain text", async (href) => {
    const container = await renderMarkdown(`[click me](${href})`);
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toBe("click me");
  });

  it("renders a javascript: autolink as plain text", async () => {
    const container = await renderMarkdown("<javascript:alert(1)>");
    expect(container.querySelector("a")).toBeNull();
  });

  it("opens http(s) and mailto links in a new tab without referrer", async () => {
    await renderMarkdown("[site](https://example.com/a) and mail@example.com and www.example.org");
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
  it("renders tables, task lists and strikethrough", async () => {
    const container = await renderMarkdown(
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~gone~~",
    );
    expect(screen.getByRole("table")).toBeTruthy();
    expect(screen.getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["1", "2"]);
    expect(screen.getAllByRole("checkbox")).toHaveLength(2);
    expect(container.querySelector("del")?.textContent).toBe("gone");
  });
});

describe("MarkdownMessage code", () => {
  it("labels a fenced block with its language and keeps inline code inline", async () => {
    const container = await renderMarkdown("Use `npm test`.\n\n```ts\nconst a = 1;\n```");
    expect(container.querySelector("p > code")?.textContent).toBe("npm test");
    expect(container.querySelector("pre > code")?.textContent).toBe("const a = 1;\n");
    expect(screen.getByText("ts")).toBeTruthy();
    expect(screen.getAllByRole("button", { name: "Copy code" })).toHaveLength(1);
  });

  it("copies the block's text and confirms it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    mockClipboard(writeText);
    await renderMarkdown("```\nline 1\nline 2\n```");

    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));

    expect(writeText).toHaveBeenCalledWith("line 1\nline 2");
    // The status region is always there, empty at first: wait for its text, not for it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copied"));
  });

  it("hides the confirmation after a moment", async () => {
    mockClipboard(vi.fn().mockResolvedValue(undefined));
    await renderMarkdown("```\nx\n```");
    vi.useFakeTimers();
    try {
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
    await renderMarkdown("```\nx\n```");
    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));
    // The status region is always present; wait for its text, not just for it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copy failed"));
  });

  it("reports a missing clipboard (insecure context)", async () => {
    await renderMarkdown("```\nx\n```");
    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));
    // The status region is always present; wait for its text, not just for it.
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copy failed"));
  });
});

describe("MarkdownMessage streaming", () => {
  it("renders partial Markdown without throwing", async () => {
    const partials = [
      "```py\nprint(",
      "| a | b |\n|--",
      "[link](http://exa",
      "**bold",
      "<scr",
      "![alt](http://x",
    ];
    for (const text of partials) await renderMarkdown(text);
    expect(document.querySelector("img, script")).toBeNull();
  });

  it("grows an unterminated fence as text streams in", async () => {
    const { container, rerender } = render(<MarkdownMessage text={"```js\nconst"} />);
    rerender(<MarkdownMessage text={"```js\nconst a = 1;\n"} />);
    await waitFor(() => expect(container.querySelector("pre code")?.textContent).toContain("const a = 1;"));
  });

  it("keeps showing the last rendering while the next one is on its way", async () => {
    const { container, rerender } = render(<MarkdownMessage text={"# Title\n\nSome"} />);
    await waitFor(() => expect(container.querySelector("h1")).not.toBeNull());
    rerender(<MarkdownMessage text={"# Title\n\nSome more"} />);
    // Not back to plain text for a moment: the heading stays a heading until the new rendering arrives.
    expect(container.querySelector("h1")?.textContent).toBe("Title");
    expect(container.querySelector(".md-pending")).toBeNull();
    await waitFor(() => expect(container.textContent).toContain("Some more"));
  });
});

describe("MarkdownMessage memoisation", () => {
  it("does not format again when re-rendered with the same text", async () => {
    const { container, rerender } = render(<MarkdownMessage text="# Memo title" />);
    await waitFor(() => expect(container.querySelector("h1")).not.toBeNull());
    const formatted = postedRequests.length;
    rerender(<MarkdownMessage text="# Memo title" />);
    expect(postedRequests.length).toBe(formatted);
    rerender(<MarkdownMessage text="# Memo title!" />);
    await waitFor(() => expect(container.querySelector("h1")?.textContent).toBe("Memo title!"));
    expect(postedRequests.length).toBe(formatted + 1);
  });

  it("formats only the growing last chunk while a reply streams", async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, index) => `Finished paragraph number ${index}, long enough.`,
    );
    const finished = `# Streaming title\n\n${paragraphs.join("\n\n")}\n\n- a list\n- of items\n\n`;
    const { container, rerender } = render(<MarkdownMessage text={`${finished}The last`} />);
    await waitFor(() => expect(container.querySelector(".md-pending")).toBeNull());
    const formatted = postedRequests.length;
    rerender(<MarkdownMessage text={`${finished}The last block grows`} />);
    await waitFor(() => expect(container.textContent).toContain("The last block grows"));
    expect(postedRequests.slice(formatted).map((request) => request.text)).toEqual([
      expect.not.stringContaining("Streaming title"),
    ]);
    expect(container.querySelector("h1")?.textContent).toBe("Streaming title");
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["a list", "of items"]);
  });
});
