import type { ModelFileProblem } from "../../domain/modelProblems";
import type { Messages } from "../../i18n/messages/en";

/** A config or manifest that is not what MLC produces, in words. */
export function describeModelFileProblem(t: Messages, problem: ModelFileProblem): string {
  const words = t.modelFileProblems;
  switch (problem.code) {
    case "not-json":
      return words.notJson(problem.file);
    case "not-json-object":
      return words.notJsonObject(problem.file);
    case "no-tokenizer-list":
      return words.noTokenizerList(problem.file);
    case "no-known-tokenizer":
      return words.noKnownTokenizer(problem.file);
    case "no-shard-records":
      return words.noShardRecords(problem.file);
    case "record-without-path":
      return words.recordWithoutPath(problem.file, problem.index);
    case "record-path-outside-folder":
      return words.recordPathOutsideFolder(problem.file, problem.index);
    case "record-without-size":
      return words.recordWithoutSize(problem.file, problem.index);
  }
}
