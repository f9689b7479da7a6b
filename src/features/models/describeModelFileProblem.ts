import type { ModelFileProblem } from "../../domain/modelProblems";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { formatBytes } from "../../lib/format";
import { formatCount } from "./importFigures";

/** A model file that breaks the MLC folder rules or Sigilo's limits, in words. */
export function describeModelFileProblem(t: Messages, problem: ModelFileProblem, language: Language): string {
  const words = t.modelFileProblems;
  const size = (bytes: number) => formatBytes(bytes, language);
  switch (problem.code) {
    case "not-json":
      return words.notJson(problem.file);
    case "not-json-object":
      return words.notJsonObject(problem.file);
    case "missing-field":
      return words.missingField(problem.file, problem.field);
    case "no-known-tokenizer":
      return words.noKnownTokenizer(problem.file);
    case "no-shard-records":
      return words.noShardRecords(problem.file);
    case "record-without-path":
      return words.recordWithoutPath(problem.file, problem.index);
    case "record-without-size":
      return words.recordWithoutSize(problem.file, problem.index);
    case "unsupported-shard-format":
      return words.unsupportedShardFormat(problem.file, problem.format);
    case "shard-path-outside-folder":
      return words.shardPathOutsideFolder(problem.file, problem.path);
    case "shard-listed-twice":
      return words.shardListedTwice(problem.file, problem.path);
    case "too-many-shards":
      return words.tooManyShards(
        problem.file,
        formatCount(problem.count, language),
        formatCount(problem.limit, language),
      );
    case "shard-too-large":
      return words.shardTooLarge(problem.file, problem.shard, size(problem.bytes), size(problem.limitBytes));
    case "file-too-large":
      return words.fileTooLarge(
        problem.file,
        size(problem.limitBytes),
        problem.bytes === undefined ? undefined : size(problem.bytes),
      );
  }
}
