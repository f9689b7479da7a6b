import { useEffect, useRef, useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectNetworkLogError, selectNetworkRequests } from "../../store/slices/privacy/selectors";
import { EraseEverythingDialog } from "./EraseEverythingDialog";
import { NetworkRequestTable } from "./NetworkRequestTable";

/**
 * What Sigilo sends over the network, shown rather than promised: every request the app made, as
 * recorded by its service worker and engine worker, and a way to erase everything it stored.
 */
export function PrivacyDialog({ onClose }: { onClose(): void }) {
  const requests = useAppStore(selectNetworkRequests);
  const logError = useAppStore(selectNetworkLogError);
  const loadNetworkRequests = useAppStore((state) => state.loadNetworkRequests);
  const clearNetworkRequests = useAppStore((state) => state.clearNetworkRequests);
  const [erasing, setErasing] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
    void loadNetworkRequests();
  }, [loadNetworkRequests]);

  return (
    <dialog ref={dialog} className="dialog privacy-dialog" aria-labelledby="privacy-title" onClose={onClose}>
      <h2 id="privacy-title">Privacy</h2>
      <p>
        <strong>Your prompts and the model’s replies never leave this device.</strong> The model runs in this
        browser; conversations are stored only here. The only network traffic is the app’s own files and the
        model files you chose to download. Below is every request Sigilo has made, recorded as it happened.
      </p>
      <div className="privacy-log-header">
        <h3>Network requests{requests ? ` (${requests.length})` : ""}</h3>
        <button type="button" className="button small" onClick={() => void loadNetworkRequests()}>
          Refresh
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void clearNetworkRequests()}
          disabled={!requests || requests.length === 0}
        >
          Clear log
        </button>
      </div>
      {logError && <p role="alert">{logError}</p>}
      {requests ? <NetworkRequestTable requests={requests} /> : <p className="hint">Reading the log…</p>}
      <div className="actions">
        <button type="button" className="button danger" onClick={() => setErasing(true)}>
          Erase everything…
        </button>
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {erasing && <EraseEverythingDialog onCancel={() => setErasing(false)} />}
    </dialog>
  );
}
