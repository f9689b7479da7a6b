import { useState } from "react";
import { exportFileName } from "../../domain/exportFormat";
import { useT } from "../../i18n/useT";
import { downloadJson } from "../../lib/download";
import { useAppStore } from "../../store/useAppStore";
import { selectConversations } from "../../store/slices/conversations/selectors";
import { exportFailureText } from "../transfer/exportFailureText";

/** Saves every conversation as one JSON file on the user's computer (nothing is uploaded). */
export function ExportConversationsButton() {
  const t = useT();
  const exportAsJson = useAppStore((state) => state.exportAsJson);
  const count = useAppStore((state) => selectConversations(state).length);
  /** The last export's error, worded when shown; `null` when the last export worked. */
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const onExport = async () => {
    try {
      const file = await exportAsJson();
      downloadJson(file, exportFileName(new Date(file.exportedAt)));
      setFailure(null);
    } catch (error) {
      setFailure({ error });
    }
  };

  return (
    <div className="export-conversations">
      <button type="button" className="button" onClick={onExport} disabled={count === 0}>
        {t.transfer.exportConversations}
      </button>
      {failure && <p role="alert">{exportFailureText(t, failure.error)}</p>}
    </div>
  );
}
