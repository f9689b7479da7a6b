import type { CitedDocument } from "../../domain/retrieval/citations";
import type { DocumentPromptWording } from "../../domain/retrieval/promptAssembly";
import type { Messages } from "../../i18n/messages/en";

/** "Sources: report.pdf p. 4, p. 7; notes.md" under an answer; undefined when it cites nothing. */
export function describeSources(t: Messages, cited: readonly CitedDocument[]): string | undefined {
  if (cited.length === 0) return undefined;
  const words = t.documentSources;
  const list = cited.map((document) => {
    const pages = document.pages.map((page) => words.page(page)).join(", ");
    return pages ? `${document.documentName} ${pages}` : document.documentName;
  });
  return words.sources(list.join("; "));
}

/** The model-facing words of prompt assembly, in the interface's language (so the model answers in it). */
export function documentPromptWording(t: Messages): DocumentPromptWording {
  const words = t.documentPrompt;
  return {
    wholeInstructions: words.wholeInstructions,
    retrievedInstructions: words.retrievedInstructions,
    sourceHeader(source) {
      const details = [
        source.documentName,
        ...(source.pageStart === undefined
          ? []
          : [words.pages(source.pageStart, source.pageEnd ?? source.pageStart)]),
        ...(source.headingPath.length > 0 ? [source.headingPath.join(" › ")] : []),
      ];
      return `[${source.number}] ${details.join(", ")}`;
    },
  };
}
