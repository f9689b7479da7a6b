import { useState } from "react";
import { exportFileName } from "../../domain/exportFormat";
import { downloadJson } from "../../lib/download";
import { useAppStore } from "../../store/useAppStore";
import { selectConversations } from "../../store/slices/conversations/selectors";

/** Saves every conversation as one JSON file on the user's computer (nothing is uploaded). */
export function ExportConversationsButton() {
  const exportAsJson = useAppStore((state) => state.exportAsJson);
  const count = useAppStore((state) => selectConversations(state).length);
  const [failure, setFailure] = useState<string>();

  const onExport = async () => {
    try {
      const file = await exportAsJson();
      downloadJson(file, exportFileName(new Date(file.exportedAt)));
      setFailure(undefined);
    } catch (error) {
      setFailure(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="export-conversations">
      <button type="button" className="button" onClick={onExport} disabled={count === 0}>
        Export conversations
      </button>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
