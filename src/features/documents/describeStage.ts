import type { Messages } from "../../i18n/messages/en";
import type { AttachProblem, IndexingStage } from "../../store/slices/documents/indexDocument";
import type { Language } from "../../i18n/language";
import { describeDocumentProblem } from "./describeDocumentProblem";
import { formatBytes } from "../../lib/format";
import type { DownloadProgress } from "../../domain/generation";

/** Where reading a file has got: "page 3 of 12", "Search model: 45 of 130 MB (35%)", "indexing passage 16 of 40"… */
export function describeStage(t: Messages, language: Language, stage: IndexingStage): string {
  const words = t.attachments;
  switch (stage.stage) {
    case "reading":
      return words.reading;
    case "pages":
      return words.readingPages(stage.done, stage.total);
    case "structure":
      return words.structure;
    case "chunking":
      return words.chunking;
    case "search-model":
      return stage.download ? describeSearchModelDownload(t, language, stage.download) : words.searchModel;
    case "embedding":
      return words.embedding(stage.done, stage.total);
    case "saving":
      return words.saving;
  }
}

/** "Search model: 45 of 130 MB (35%)", once the download reports its bytes. */
export function describeSearchModelDownload(
  t: Messages,
  language: Language,
  download: DownloadProgress,
): string {
  const { bytesDone, bytesTotal } = download;
  if (bytesDone === undefined || !bytesTotal) return t.attachments.searchModel;
  return t.attachments.searchModelBytes(
    formatBytes(bytesDone, language),
    formatBytes(bytesTotal, language),
    Math.floor(downloadFraction(download) * 100),
  );
}

/** How far the download is, 0…1: by its bytes when known, as its words say. */
export function downloadFraction({ bytesDone, bytesTotal, fraction }: DownloadProgress): number {
  return bytesDone !== undefined && bytesTotal ? bytesDone / bytesTotal : fraction;
}

/** How far along, 0…1, when it can be told. */
export function stageFraction(stage: IndexingStage): number | undefined {
  if (stage.stage === "search-model") return stage.download && downloadFraction(stage.download);
  if (stage.stage === "pages" || stage.stage === "embedding") {
    return stage.total > 0 ? stage.done / stage.total : undefined;
  }
  return undefined;
}

export function describeAttachProblem(
  t: Messages,
  language: Language,
  name: string,
  problem: AttachProblem,
): string {
  if (problem.code === "not-saved") return t.attachments.notSaved(name, problem.detail);
  if (problem.code === "storage-full")
    return t.attachments.storageFull(name, formatBytes(problem.bytes, language));
  return describeDocumentProblem(t, language, name, problem);
}
