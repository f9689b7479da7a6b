import { act, cleanup, render, waitFor } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { splitMarkdownChunks } from "./markdownBlocks";

// jsdom has no workers: the Markdown worker's code runs in the test's thread.
vi.mock("./renderer/workerPort", async () => ({
  createWorkerPort: (await import("./testing/inProcessPort")).createInProcessPort,
}));

vi.mock("../../i18n/useT", async () => {
  const { en } = await import("../../i18n/messages/en");
  return { useT: () => en, useLanguage: () => "en" };
});

/** What Chromium fires on an element with content-visibility: auto as it comes near the screen or leaves it. */
class StateChangeEvent extends Event {
  constructor(readonly skipped: boolean) {
    super("contentvisibilityautostatechange");
  }
}

// A browser that lays out only what is near the screen, and says so (jsdom does neither).
beforeAll(() => {
  vi.stubGlobal("ContentVisibilityAutoStateChangeEvent", StateChangeEvent);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
});

/** Distinct sections, so no two chunks share a rendering. */
const LONG_REPLY = Array.from(
  { length: 120 },
  (_, index) =>
    `## Section ${index}\n\nSome **bold ${index}** prose, long enough to make chunks add up quickly.`,
).join("\n\n");

describe("a long reply", () => {
  it("formats its last chunk at once and the others as they come near the screen", async () => {
    const { default: MarkdownMessage } = await import("./MarkdownMessage");
    const chunkCount = splitMarkdownChunks(LONG_REPLY).length;
    expect(chunkCount).toBeGreaterThan(2);
    const { container } = render(<MarkdownMessage text={LONG_REPLY} />);
    const boxes = () => [...container.querySelectorAll<HTMLElement>(".md-chunk")];

    await waitFor(() => expect(boxes().at(-1)!.querySelector("h2")).not.toBeNull());
    expect(boxes()[0]!.querySelector("h2")).toBeNull();
    expect(boxes()[0]!.textContent).toContain("## Section 0"); // shown as written meanwhile

    // Leaving the screen says nothing; coming near it gets the chunk formatted.
    act(() => void boxes()[0]!.dispatchEvent(new StateChangeEvent(true)));
    act(() => void boxes()[0]!.dispatchEvent(new StateChangeEvent(false)));
    await waitFor(() => expect(boxes()[0]!.querySelector("h2")?.textContent).toBe("Section 0"));
    expect(container.querySelectorAll(".md-pending")).toHaveLength(chunkCount - 2);
  });
});
