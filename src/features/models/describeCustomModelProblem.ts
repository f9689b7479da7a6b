import type { CustomModelProblem } from "../../domain/customModel";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { formatBytes } from "../../lib/format";
import { describeModelFileProblem } from "./describeModelFileProblem";
import { describeRequestRefusal } from "../privacy/describeRequestRefusal";

/** Why a model the user adds cannot be used, in words. */
export function describeCustomModelProblem(
  t: Messages,
  problem: CustomModelProblem,
  language: Language,
): string {
  const words = t.customModelProblems;
  switch (problem.code) {
    case "name-missing":
      return words.nameMissing;
    case "url-invalid":
      return words.urlInvalid(t.addModel[problem.field], problem.text);
    case "url-not-http":
      return words.urlNotHttp(t.addModel[problem.field]);
    case "library-not-wasm":
      return words.libraryNotWasm(problem.url);
    case "host-not-allowed":
      return words.hostNotAllowed(problem.host);
    case "host-unreachable":
      return words.hostUnreachable(problem.host, problem.file);
    case "file-not-found":
      return words.fileNotFound(problem.file, problem.url, problem.status);
    case "library-unreachable":
      return words.libraryUnreachable(problem.host);
    case "library-http-error":
      return words.libraryHttpError(problem.url, problem.status);
    case "larger-than-storage":
      return words.largerThanStorage(
        formatBytes(problem.neededBytes, language),
        formatBytes(problem.quotaBytes, language),
      );
    case "redirect-refused":
    case "destination-refused":
      return describeRequestRefusal(t, problem);
    default:
      return describeModelFileProblem(t, problem, language);
  }
}
