import { useEffect, useRef } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectErase } from "../../store/slices/privacy/selectors";

/**
 * Asks plainly before erasing, then shows what was removed. Afterwards the app must start afresh
 * (its storage is gone), so the only way on is a reload.
 */
export function EraseEverythingDialog({ onCancel }: { onCancel(): void }) {
  const erase = useAppStore(selectErase);
  const eraseEverything = useAppStore((state) => state.eraseEverything);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const busyOrDone = erase.status === "erasing" || erase.status === "done";
  // Escape would leave a half-erased or erased app on screen; while erasing or after, only Reload is offered.
  const onDialogCancel = (event: React.SyntheticEvent) => {
    if (busyOrDone) event.preventDefault();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="erase-title"
      onCancel={onDialogCancel}
      onClose={busyOrDone ? undefined : onCancel}
    >
      {erase.status === "done" ? (
        <>
          <h2 id="erase-title">Everything was erased</h2>
          <p>Removed from this browser:</p>
          <ul aria-label="Removed">
            {erase.removed.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>The app’s own files stay, so Sigilo still opens without a connection.</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => location.reload()} autoFocus>
              Start afresh
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="erase-title">Erase everything?</h2>
          <p>This permanently removes from this browser:</p>
          <ul>
            <li>all conversations and their messages,</li>
            <li>your settings,</li>
            <li>every downloaded model (they would have to be downloaded again),</li>
            <li>the log of network requests.</li>
          </ul>
          <p>
            <strong>This cannot be undone.</strong> Export your conversations first if you want to keep them.
          </p>
          {erase.status === "failed" && <p role="alert">Erasing did not finish: {erase.message}</p>}
          <div className="actions">
            <button type="button" className="button" onClick={onCancel} disabled={busyOrDone} autoFocus>
              Cancel
            </button>
            <button
              type="button"
              className="button danger"
              onClick={() => void eraseEverything()}
              disabled={busyOrDone}
            >
              {erase.status === "erasing" ? "Erasing…" : "Erase everything"}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
