import { lazy, Suspense, useRef, useState, type ChangeEvent } from "react";
import { conversationFileName, exportFileName } from "../../domain/exportFormat";
import { planChangesSomething, type ImportPlan } from "../../domain/importPlan";
import { useLanguage, useT } from "../../i18n/useT";
import { downloadJson, downloadText } from "../../lib/download";
import { useAppStore } from "../../store/useAppStore";
import { selectActiveConversation, selectConversations } from "../../store/slices/conversations/selectors";
import type { ImportFailure, ImportOutcome } from "../../store/slices/transfer/transferSlice";
import { describeImport, describeImportProblem } from "./describeImportProblem";
import { exportFailureText } from "./exportFailureText";
import { Icon } from "../../app/Icon";
import { markdownLabels } from "./markdownLabels";
import "./transfer.css";

const ImportPreviewDialog = lazy(() => import("./ImportPreviewDialog"));

/** What the last action left to say; kept as facts, worded when shown (so a language change rewords it). */
type Notice =
  | { kind: "reading" }
  | { kind: "imported"; outcome: ImportOutcome }
  | { kind: "nothing-to-import"; plan: ImportPlan }
  | { kind: "import-refused"; problem: ImportFailure }
  | { kind: "export-failed"; error: unknown };

/**
 * Export (all conversations or the open one, as JSON to import back or Markdown to read) and import of a JSON
 * export. Files are made and read entirely in the browser; nothing is uploaded.
 */
export function TransferMenu() {
  const t = useT();
  const language = useLanguage();
  const hasConversations = useAppStore((state) => selectConversations(state).length > 0);
  const active = useAppStore(selectActiveConversation);
  const exportAsJson = useAppStore((state) => state.exportAsJson);
  const exportAsMarkdown = useAppStore((state) => state.exportAsMarkdown);
  const previewImport = useAppStore((state) => state.previewImport);
  const confirmImport = useAppStore((state) => state.confirmImport);
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>();
  /** A checked file waiting for the user's go-ahead. */
  const [pending, setPending] = useState<ImportPlan>();

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      setNotice(undefined);
    } catch (error) {
      setNotice({ kind: "export-failed", error });
    }
  };
  const today = () => new Date();
  const markdownOf = (id?: string) => exportAsMarkdown(markdownLabels(t, language), id);
  const exportAllMarkdown = () =>
    run(async () => downloadText(await markdownOf(), exportFileName(today(), "md"), "text/markdown"));
  const exportOpenJson = (id: string, title: string) =>
    run(async () => downloadJson(await exportAsJson(id), conversationFileName(title, today(), "json")));
  const exportOpenMarkdown = (id: string, title: string) =>
    run(async () =>
      downloadText(await markdownOf(id), conversationFileName(title, today(), "md"), "text/markdown"),
    );

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again must fire again
    if (!file) return;
    setNotice({ kind: "reading" });
    const preview = await previewImport(file, { image: t.transfer.chatGpt.imageNote });
    if (!preview.ok) setNotice({ kind: "import-refused", problem: preview.problem });
    else if (!planChangesSomething(preview.plan))
      setNotice({ kind: "nothing-to-import", plan: preview.plan });
    else {
      setNotice(undefined);
      setPending(preview.plan);
    }
  };

  const onConfirm = async (plan: ImportPlan) => {
    setPending(undefined);
    const result = await confirmImport(plan);
    setNotice(
      result.ok ? { kind: "imported", outcome: result } : { kind: "import-refused", problem: result.problem },
    );
  };

  const noticeText = (shown: Notice): string => {
    switch (shown.kind) {
      case "reading":
        return t.transfer.reading;
      case "imported":
        return describeImport(t, shown.outcome);
      case "nothing-to-import":
        return t.transfer.nothingToImport(
          shown.plan.conversationsAlreadyHere,
          shown.plan.messagesAlreadyHere,
        );
      case "import-refused":
        return t.transfer.importFailed(describeImportProblem(t, shown.problem, language));
      case "export-failed":
        return exportFailureText(t, shown.error);
    }
  };

  return (
    <details className="transfer-menu">
      <summary>{t.transfer.menu}</summary>
      <div className="transfer-actions">
        <button
          type="button"
          className="button small"
          disabled={!hasConversations}
          onClick={exportAllMarkdown}
        >
          {t.transfer.exportAllMarkdown}
        </button>
        <button
          type="button"
          className="button small"
          disabled={!active}
          onClick={() => active && exportOpenJson(active.id, active.title)}
        >
          {t.transfer.exportOpenJson}
        </button>
        <button
          type="button"
          className="button small"
          disabled={!active}
          onClick={() => active && exportOpenMarkdown(active.id, active.title)}
        >
          {t.transfer.exportOpenMarkdown}
        </button>
        <button type="button" className="button small" onClick={() => fileInput.current?.click()}>
          {t.transfer.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json,.zip,application/zip"
          aria-label={t.transfer.importFile}
          hidden
          onChange={(event) => void onFile(event)}
        />
      </div>
      {notice && (
        <div className={`transfer-notice ${isProblem(notice) ? "error" : "ok"}`}>
          <p role={isProblem(notice) ? "alert" : "status"}>{noticeText(notice)}</p>
          {/* Said once is enough: the next import or export replaces it, and it can be put away meanwhile. */}
          {notice.kind !== "reading" && (
            <button
              type="button"
              className="icon-button"
              aria-label={t.transfer.dismissNotice}
              title={t.transfer.dismissNotice}
              onClick={() => setNotice(undefined)}
            >
              <Icon name="close" />
            </button>
          )}
        </div>
      )}
      {pending && (
        <Suspense fallback={null}>
          <ImportPreviewDialog
            plan={pending}
            onConfirm={() => void onConfirm(pending)}
            onCancel={() => setPending(undefined)}
          />
        </Suspense>
      )}
    </details>
  );
}

const isProblem = (notice: Notice) => notice.kind === "import-refused" || notice.kind === "export-failed";
