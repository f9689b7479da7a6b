import type { ModelSearchProblem, SearchResultProblem } from "../../domain/huggingFaceSearch";
import type { Messages } from "../../i18n/messages/en";

/** Why a search gave no list, in words. */
export function describeSearchProblem(t: Messages, problem: ModelSearchProblem): string {
  const words = t.modelSearch.problems;
  switch (problem.code) {
    case "unavailable":
      return words.unavailable;
    case "offline":
      return words.offline;
    case "unreachable":
      return words.unreachable;
    case "rate-limited":
      return words.rateLimited(problem.retryAfterSeconds);
    case "http-error":
      return words.httpError(problem.status);
    case "malformed":
      return words.malformed;
  }
}

/** Why a model the search found cannot run here, in words. */
export function describeResultProblem(t: Messages, problem: SearchResultProblem): string {
  const words = t.modelSearch.resultProblems;
  switch (problem.code) {
    case "config-missing":
      return problem.status === undefined || problem.status === 404
        ? words.configMissing
        : words.configMissingStatus(problem.status);
    case "config-unreadable":
      return words.configUnreadable;
    case "unknown-architecture":
      return words.unknownArchitecture(problem.modelType);
    case "unknown-quantization":
      return words.unknownQuantization(problem.modelType, problem.quantization);
    case "different-size":
      return words.differentSize(problem.modelType, problem.quantization);
  }
}
