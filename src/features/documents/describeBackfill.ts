import type { Messages } from "../../i18n/messages/en";
import type { VectorBackfill, VectorBackfillProblem } from "../../store/slices/documents/vectorBackfill";

/** Why adding search by meaning stopped, naming the document when one was at fault. */
export function describeBackfillProblem(
  t: Messages,
  problem: VectorBackfillProblem,
  nameOf: (documentId: string) => string,
): string {
  const words = t.searchByMeaning.problem;
  switch (problem.code) {
    case "download-failed":
      return words.downloadFailed(problem.detail);
    case "embedding-failed":
      return words.embeddingFailed(nameOf(problem.documentId), problem.detail);
    case "storage-full":
      return words.storageFull(nameOf(problem.documentId));
    case "not-saved":
      return words.notSaved(nameOf(problem.documentId), problem.detail);
    case "not-read":
      return words.notRead(nameOf(problem.documentId), problem.detail);
  }
}

/** How a document of the library is searched: by its words and meaning, or words alone (and why, or what next). */
export function documentSearchState(t: Messages, backfill: VectorBackfill, documentId: string): string {
  const words = t.searchByMeaning.state;
  if (!backfill.withoutVectors.includes(documentId)) return words.meaning;
  if (backfill.current?.documentId === documentId) {
    return words.adding(backfill.current.done, backfill.current.total);
  }
  if (backfill.status === "running") return words.waiting;
  const problem = backfill.problem;
  if (
    backfill.status === "failed" &&
    problem &&
    "documentId" in problem &&
    problem.documentId === documentId
  ) {
    return words.failed;
  }
  return words.wordsOnly;
}
