import { useState } from "react";
import { exportFileName, type ConversationExport } from "../domain/exportFormat";
import { downloadJson } from "../lib/download";

/**
 * "Export conversations" for error screens, which may be outside the store's provider: it is handed the
 * export itself. Saving a copy is always a way forward, whatever broke.
 */
export function RescueExportButton({
  exportConversations,
}: {
  exportConversations: () => Promise<ConversationExport>;
}) {
  const [outcome, setOutcome] = useState<string>();
  const onExport = async () => {
    try {
      const file = await exportConversations();
      downloadJson(file, exportFileName(new Date(file.exportedAt)));
      setOutcome(`Exported ${file.conversations.length} conversation(s).`);
    } catch (error) {
      setOutcome(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={onExport}>
        Export conversations
      </button>
      {outcome && <p role="status">{outcome}</p>}
    </>
  );
}
