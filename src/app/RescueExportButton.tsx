import { errorMessage } from "../lib/errorMessage";
import { useState } from "react";
import { exportFileName, type ConversationExport } from "../domain/exportFormat";
import { downloadJson } from "../lib/download";
import type { Messages } from "../i18n/messages/en";

/**
 * "Export conversations" for error screens, which may be outside the store's provider: it is handed the
 * export itself, and its texts. Saving a copy is always a way forward, whatever broke.
 */
export function RescueExportButton({
  exportConversations,
  t,
  label = t.button,
}: {
  exportConversations: () => Promise<ConversationExport>;
  t: Messages["rescueExport"];
  /** The button's words where the default ("Export conversations") would be ambiguous. */
  label?: string;
}) {
  const [outcome, setOutcome] = useState<string>();
  const onExport = async () => {
    try {
      const file = await exportConversations();
      downloadJson(file, exportFileName(new Date(file.exportedAt)));
      setOutcome(t.exported(file.conversations.length));
    } catch (error) {
      setOutcome(t.failed(errorMessage(error)));
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={onExport}>
        {label}
      </button>
      {outcome && <p role="status">{outcome}</p>}
    </>
  );
}
