import { useEffect, useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { selectNetworkLogError, selectNetworkRequests } from "../../store/slices/privacy/selectors";
import { EraseEverythingDialog } from "./EraseEverythingDialog";
import { NetworkRequestTable } from "./NetworkRequestTable";
import { RequestSummary } from "./RequestSummary";
import { ModalDialog } from "../../app/ModalDialog";

/**
 * What Sigilo sends over the network, shown rather than promised: every request the app made, as
 * recorded by its service worker and engine worker, and a way to erase everything it stored.
 */
export function PrivacyDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const requests = useAppStore(selectNetworkRequests);
  const logError = useAppStore(selectNetworkLogError);
  const loadNetworkRequests = useAppStore((state) => state.loadNetworkRequests);
  const clearNetworkRequests = useAppStore((state) => state.clearNetworkRequests);
  const [erasing, setErasing] = useState(false);

  useEffect(() => {
    void loadNetworkRequests();
  }, [loadNetworkRequests]);

  return (
    <ModalDialog className="dialog privacy-dialog" aria-labelledby="privacy-title" onClose={onClose}>
      <h2 id="privacy-title">{t.privacy.title}</h2>
      <p>
        <strong>{t.privacy.promise}</strong> {t.privacy.explanation}
      </p>
      {requests && requests.length > 0 && <RequestSummary requests={requests} />}
      <div className="privacy-log-header">
        <h3>{requests ? t.privacy.requestCount(requests.length) : t.privacy.requests}</h3>
        <button type="button" className="button small" onClick={() => void loadNetworkRequests()}>
          {t.privacy.refresh}
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void clearNetworkRequests()}
          disabled={!requests || requests.length === 0}
        >
          {t.privacy.clearLog}
        </button>
      </div>
      {logError && (
        <p role="alert">
          {logError.action === "read"
            ? t.privacy.readFailed(logError.detail)
            : t.privacy.clearFailed(logError.detail)}
        </p>
      )}
      {requests ? <NetworkRequestTable requests={requests} /> : <p className="hint">{t.privacy.reading}</p>}
      <div className="actions">
        <button type="button" className="button danger" onClick={() => setErasing(true)}>
          {t.privacy.eraseEverything}
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t.privacy.close}
        </button>
      </div>
      {erasing && <EraseEverythingDialog onCancel={() => setErasing(false)} />}
    </ModalDialog>
  );
}
