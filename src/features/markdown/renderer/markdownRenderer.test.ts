import type { Root } from "hast";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RenderRequest, RenderResult } from "../pipeline/protocol";
import { MarkdownRenderer, type PortFactory } from "./markdownRenderer";

const FORMATTED: RenderResult = {
  kind: "formatted",
  tree: { type: "root", children: [] } as Root,
  limited: false,
  math: false,
};

/** Stand-in workers: each records what it was asked and answers when the test says. */
function fakePorts() {
  const ports: {
    posted: RenderRequest[];
    terminated: boolean;
    answer(result?: RenderResult): void;
    crash(): void;
  }[] = [];
  const factory: PortFactory = (events) => {
    const port = {
      posted: [] as RenderRequest[],
      terminated: false,
      answer(result: RenderResult = FORMATTED) {
        const request = port.posted.at(-1)!;
        events.response({ id: request.id, result });
      },
      crash: () => events.crashed(),
    };
    ports.push(port);
    return { post: (request) => port.posted.push(request), terminate: () => (port.terminated = true) };
  };
  return { ports, factory };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("MarkdownRenderer", () => {
  it("formats one chunk at a time, in order, and tells whoever shows it", () => {
    const { ports, factory } = fakePorts();
    const renderer = new MarkdownRenderer(factory);
    const first = renderer.entry("# One", "en");
    const second = renderer.entry("# Two", "pt-BR");
    const shown = vi.fn();
    renderer.subscribe(first, shown);
    renderer.subscribe(second, shown);
    expect(ports).toHaveLength(1);
    expect(ports[0]!.posted.map((request) => [request.text, request.language])).toEqual([["# One", "en"]]);

    ports[0]!.answer();
    expect(first.result).toEqual(FORMATTED);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(ports[0]!.posted.map((request) => request.text)).toEqual(["# One", "# Two"]);
    ports[0]!.answer();
    expect(second.result).toEqual(FORMATTED);
  });

  it("keeps a rendering for the next time the same text is shown, and formats nothing before it is shown", () => {
    const { ports, factory } = fakePorts();
    const renderer = new MarkdownRenderer(factory);
    const entry = renderer.entry("text", "en");
    expect(ports).toHaveLength(0);
    renderer.subscribe(entry, () => {})();
    ports[0]!.answer();
    const again = renderer.entry("text", "en");
    renderer.subscribe(again, () => {});
    expect(again.result).toEqual(FORMATTED);
    expect(ports[0]!.posted).toHaveLength(1);
  });

  it("skips a chunk no one shows any more, as a streaming chunk overtaken by its next version", () => {
    const { ports, factory } = fakePorts();
    const renderer = new MarkdownRenderer(factory);
    renderer.subscribe(renderer.entry("a", "en"), () => {});
    const unsubscribe = renderer.subscribe(renderer.entry("ab", "en"), () => {});
    renderer.subscribe(renderer.entry("abc", "en"), () => {});
    unsubscribe();
    ports[0]!.answer();
    expect(ports[0]!.posted.map((request) => request.text)).toEqual(["a", "abc"]);
  });

  it("stops a worker stuck on a chunk, shows the chunk as plain text, and carries on with a new worker", () => {
    vi.useFakeTimers();
    const { ports, factory } = fakePorts();
    const renderer = new MarkdownRenderer(factory, 1000);
    const stuck = renderer.entry("[[[[", "en");
    const next = renderer.entry("# fine", "en");
    renderer.subscribe(stuck, () => {});
    renderer.subscribe(next, () => {});

    vi.advanceTimersByTime(1000);
    expect(stuck.result).toEqual({ kind: "plain", reason: "too-slow" });
    expect(ports[0]!.terminated).toBe(true);
    expect(ports[1]!.posted.map((request) => request.text)).toEqual(["# fine"]);
    ports[1]!.answer();
    expect(next.result).toEqual(FORMATTED);

    // The same text streaming on is not tried again: it would only be slower.
    const longer = renderer.entry("[[[[[[", "en");
    expect(longer.result).toEqual({ kind: "plain", reason: "too-slow" });
  });

  it("ignores what a stopped worker still sends", () => {
    vi.useFakeTimers();
    const { ports, factory } = fakePorts();
    const renderer = new MarkdownRenderer(factory, 1000);
    const slow = renderer.entry("slow", "en");
    renderer.subscribe(slow, () => {});
    vi.advanceTimersByTime(1000);
    const next = renderer.entry("next", "en");
    renderer.subscribe(next, () => {});
    ports[0]!.answer(); // the old worker's late answer, with the old request's id
    expect(slow.result).toEqual({ kind: "plain", reason: "too-slow" });
    expect(next.result).toBeUndefined();
  });

  it("shows a chunk as plain text when its worker dies, or cannot even start", () => {
    const { ports, factory } = fakePorts();
    const renderer = new MarkdownRenderer(factory);
    const crashing = renderer.entry("boom", "en");
    renderer.subscribe(crashing, () => {});
    ports[0]!.crash();
    expect(crashing.result).toEqual({ kind: "plain", reason: "failed" });
    expect(ports[0]!.terminated).toBe(true);

    const unstartable = new MarkdownRenderer(() => {
      throw new Error("Failed to construct 'Worker'");
    });
    const entry = unstartable.entry("text", "en");
    unstartable.subscribe(entry, () => {});
    expect(entry.result).toEqual({ kind: "plain", reason: "failed" });
  });
});
