import { describe, expect, it } from "vitest";
import { citedDocuments, citedNumbers, findCitations, findCitationsInReply } from "./citations";
import type { PromptSource } from "./promptAssembly";

const numbers = (text: string, sources = 9) =>
  findCitations(text, sources).map((citation) => citation.numbers);

describe("findCitations", () => {
  it("reads [2], [2, 3], [2;3], [2-4], [2][3] and the forms small models drift into", () => {
    expect(numbers("It runs [2].")).toEqual([[2]]);
    expect(numbers("Both [2, 3] and [4;5].")).toEqual([
      [2, 3],
      [4, 5],
    ]);
    expect(numbers("See [2-4] and [6–7].")).toEqual([
      [2, 3, 4],
      [6, 7],
    ]);
    expect(numbers("Twice [2][3].")).toEqual([[2], [3]]);
    expect(numbers("Footnote style [^2] and wide brackets 【3】 and [ 4 ].")).toEqual([[2], [3], [4]]);
  });

  it("gives each citation's place, so it can become a link", () => {
    const text = "Serviced every 45 days [3].";
    expect(findCitations(text, 5)).toEqual([{ start: 23, end: 26, numbers: [3] }]);
    expect(text.slice(23, 26)).toBe("[3]");
  });

  it("ignores numbers no passage has, links and things that only look like citations", () => {
    expect(numbers("Out of range [12] and [0] and [2, 99].", 5)).toEqual([[2]]);
    expect(numbers("A link [2](https://x.test) and years [2020-2024].", 5)).toEqual([]);
    expect(numbers("[1-1000] is too wide.", 2000)).toEqual([]);
    expect(numbers("No sources at all [1].", 0)).toEqual([]);
  });
});

describe("findCitationsInReply", () => {
  it("leaves out code blocks and inline code", () => {
    const reply = "Use `list[2]` here [1].\n\n```js\nconst a = b[3];\n```\n\nDone [2].";
    expect(
      findCitationsInReply(reply, 5).map((citation) => reply.slice(citation.start, citation.end)),
    ).toEqual(["[1]", "[2]"]);
  });

  it("treats an unclosed fence as code to the end", () => {
    expect(
      findCitationsInReply("Before [1]\n~~~\ninside [2]", 5).map((citation) => citation.numbers),
    ).toEqual([[1]]);
  });
});

describe("citedNumbers and citedDocuments", () => {
  const sources: PromptSource[] = [
    {
      number: 1,
      documentId: "r",
      index: 0,
      documentName: "report.pdf",
      headingPath: [],
      pageStart: 7,
      pageEnd: 7,
    },
    { number: 2, documentId: "n", index: 0, documentName: "notes.md", headingPath: [] },
    {
      number: 3,
      documentId: "r",
      index: 4,
      documentName: "report.pdf",
      headingPath: [],
      pageStart: 4,
      pageEnd: 5,
    },
  ];

  it("lists each number once, in the order first cited", () => {
    expect(citedNumbers(findCitations("[3] then [1, 3] then [2][3]", 3))).toEqual([3, 1, 2]);
  });

  it("groups cited passages by document, with every page they are on", () => {
    expect(citedDocuments([3, 1, 2, 9], sources)).toEqual([
      { documentId: "r", documentName: "report.pdf", pages: [4, 5, 7], numbers: [3, 1] },
      { documentId: "n", documentName: "notes.md", pages: [], numbers: [2] },
    ]);
    expect(citedDocuments([], sources)).toEqual([]);
  });
});
