import type { ImportProblem } from "../../domain/importedModel";
import { useLanguage, useT } from "../../i18n/useT";
import type { Messages } from "../../i18n/messages/en";
import type { Language } from "../../i18n/language";
import { useAppStore } from "../../store/useAppStore";
import { selectStoredModels } from "../../store/slices/modelStorage/selectors";
import { formatBytes } from "../../lib/format";
import { describeModelFileProblem } from "./describeModelFileProblem";
import { formatCount } from "./importFigures";
import { useModelName } from "./modelName";

/** Why the chosen files were not imported, in words; for lack of space, the figures and what could go. */
export function ImportProblemMessage({ problem }: { problem: ImportProblem }) {
  const t = useT();
  const language = useLanguage();
  if (problem.kind === "not-enough-storage") {
    const { neededBytes, freeBytes } = problem.storage;
    return (
      <div role="alert" className="import-problem">
        <p>
          <strong>{t.importModel.notEnoughStorage.title}.</strong>{" "}
          {t.importModel.notEnoughStorage.figures(
            formatBytes(neededBytes, language),
            formatBytes(freeBytes, language),
          )}
        </p>
        <DeletableModels />
      </div>
    );
  }
  if (problem.kind === "cancelled") {
    return (
      <p role="status" className="import-problem">
        {t.importModel.cancelled}
      </p>
    );
  }
  return (
    <p role="alert" className="import-problem">
      {describe(problem, t, language)}
    </p>
  );
}

function DeletableModels() {
  const t = useT();
  const language = useLanguage();
  const modelName = useModelName();
  const stored = useAppStore(selectStoredModels) ?? [];
  if (stored.length === 0) return <p>{t.importModel.notEnoughStorage.nothingToDelete}</p>;
  const list = stored.map((model) => `${modelName(model.modelId)} (${formatBytes(model.bytes, language)})`);
  return <p>{t.importModel.notEnoughStorage.couldDelete(list.join(", "))}</p>;
}

type Described = Exclude<ImportProblem, { kind: "not-enough-storage" } | { kind: "cancelled" }>;

function describe(problem: Described, t: Messages, language: Language): string {
  const { importModel } = t;
  const why = importModel.problems;
  switch (problem.kind) {
    case "name-missing":
      return importModel.nameMissing;
    case "name-taken":
      return importModel.nameTaken(problem.name);
    case "failed":
      return importModel.failed(problem.message);
  }
  const reason = (() => {
    switch (problem.kind) {
      case "no-files":
        return why.noFiles;
      case "no-config":
        return why.noConfig;
      case "several-configs":
        return why.severalConfigs(problem.folders.map((folder) => folder || "/").join(", "));
      case "no-manifest":
        return problem.oldName ? why.oldManifest(problem.oldName) : why.noManifest;
      case "invalid-file":
        return describeModelFileProblem(t, problem.problem, language);
      case "tokenizer-missing":
        return why.tokenizerMissing(problem.name);
      case "empty-file":
        return why.emptyFile(problem.name);
      case "shard-missing":
        return why.shardMissing(problem.name);
      case "shard-size":
        return why.shardSize(
          problem.name,
          formatCount(problem.actualBytes, language),
          formatCount(problem.expectedBytes, language),
        );
      case "no-library":
        return why.noLibrary;
      case "several-libraries":
        return why.severalLibraries(problem.names.join(", "));
      case "unreadable":
        return why.unreadable(problem.name);
    }
  })();
  return importModel.cannotImport(reason);
}
