import { useRef, useState, type ChangeEvent } from "react";
import { conversationFileName, exportFileName } from "../../domain/exportFormat";
import { MAX_IMPORT_BYTES } from "../../domain/importValidation";
import { downloadJson, downloadText } from "../../lib/download";
import { useAppStore } from "../../store/useAppStore";
import { selectActiveConversation, selectConversations } from "../../store/slices/conversations/selectors";

type Notice = { kind: "ok" | "error"; text: string };

/**
 * Export (all conversations or the open one, as JSON to import back or Markdown to read) and import of a JSON
 * export. Files are made and read entirely in the browser; nothing is uploaded.
 */
export function TransferMenu() {
  const hasConversations = useAppStore((state) => selectConversations(state).length > 0);
  const active = useAppStore(selectActiveConversation);
  const exportAsJson = useAppStore((state) => state.exportAsJson);
  const exportAsMarkdown = useAppStore((state) => state.exportAsMarkdown);
  const importConversations = useAppStore((state) => state.importConversations);
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>();

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      setNotice(undefined);
    } catch (error) {
      setNotice({
        kind: "error",
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  const today = () => new Date();
  const exportAllMarkdown = () =>
    run(async () => downloadText(await exportAsMarkdown(), exportFileName(today(), "md"), "text/markdown"));
  const exportOpenJson = (id: string, title: string) =>
    run(async () => downloadJson(await exportAsJson(id), conversationFileName(title, today(), "json")));
  const exportOpenMarkdown = (id: string, title: string) =>
    run(async () =>
      downloadText(await exportAsMarkdown(id), conversationFileName(title, today(), "md"), "text/markdown"),
    );

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again must fire again
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setNotice({ kind: "error", text: "Import failed: the file is too large to be a Sigilo export." });
      return;
    }
    const result = await importConversations(await file.text());
    setNotice(
      result.ok
        ? { kind: "ok", text: describeImport(result) }
        : { kind: "error", text: `Import failed: ${result.error} Nothing was changed.` },
    );
  };

  return (
    <details className="transfer-menu">
      <summary>Export and import</summary>
      <div className="transfer-actions">
        <button
          type="button"
          className="button small"
          disabled={!hasConversations}
          onClick={exportAllMarkdown}
        >
          Export all as Markdown
        </button>
        <button
          type="button"
          className="button small"
          disabled={!active}
          onClick={() => active && exportOpenJson(active.id, active.title)}
        >
          Export this conversation as JSON
        </button>
        <button
          type="button"
          className="button small"
          disabled={!active}
          onClick={() => active && exportOpenMarkdown(active.id, active.title)}
        >
          Export this conversation as Markdown
        </button>
        <button type="button" className="button small" onClick={() => fileInput.current?.click()}>
          Import conversations…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Conversations file to import"
          hidden
          onChange={(event) => void onFile(event)}
        />
      </div>
      {notice && (
        <p role={notice.kind === "error" ? "alert" : "status"} className={`transfer-notice ${notice.kind}`}>
          {notice.text}
        </p>
      )}
    </details>
  );
}

function describeImport(result: {
  addedConversations: number;
  addedMessages: number;
  alreadyPresent: number;
}) {
  const added = `Imported ${plural(result.addedConversations, "conversation")}`;
  if (result.alreadyPresent === 0) return `${added}.`;
  const merged =
    result.addedMessages > 0 && result.addedConversations === 0
      ? ` (${plural(result.addedMessages, "new message")} added)`
      : "";
  return `${added}; ${plural(result.alreadyPresent, "conversation was", "conversations were")} already here${merged}.`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
