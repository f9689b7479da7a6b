import type { DocumentProblem } from "../../domain/retrieval/documentProblem";

/** Thrown by an extractor that knows exactly why a file cannot be read; extractDocument returns its problem. */
export class DocumentProblemError extends Error {
  constructor(readonly problem: DocumentProblem) {
    super(`Document problem: ${problem.code}`);
    this.name = "DocumentProblemError";
  }
}
