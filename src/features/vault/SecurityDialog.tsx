import { useEffect, useRef, useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectIsStreaming } from "../../store/slices/chat/selectors";
import { selectVaultStatus, selectVaultTask } from "../../store/slices/vault/selectors";
import { describeVaultTask } from "./describeVaultTask";
import { DisableLockForm } from "./DisableLockForm";
import { EnableLockForm } from "./EnableLockForm";
import { IdleTimeForm } from "./IdleTimeForm";

/** Turn the passphrase lock on or off, and choose when it locks by itself. */
export function SecurityDialog({ onClose }: { onClose(): void }) {
  const status = useAppStore(selectVaultStatus);
  const task = useAppStore(selectVaultTask);
  const streaming = useAppStore(selectIsStreaming);
  const lockVault = useAppStore((state) => state.lockVault);
  const dialog = useRef<HTMLDialogElement>(null);
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="security-title"
      onClose={onClose}
      // Escape must not hide a re-encryption in progress.
      onCancel={(event) => task && event.preventDefault()}
    >
      <h2 id="security-title">Security</h2>
      {task ? (
        <p role="status">{describeVaultTask(task)} Keep this tab open.</p>
      ) : (
        notice && <p role="status">{notice}</p>
      )}
      {streaming && <p>Wait until the reply being written has finished to change the lock.</p>}
      {/* The forms stay mounted while a task runs, so they keep their messages; they are only disabled. */}
      <fieldset className="vault-fieldset" disabled={task !== undefined || streaming}>
        {status === "off" ? (
          <EnableLockForm onEnabled={() => setNotice("The lock is on. Your conversations are encrypted.")} />
        ) : (
          <>
            <section className="vault-section">
              <p>
                The lock is on: conversations are encrypted in this browser, and Sigilo asks for your
                passphrase when it opens and after a while without use.
              </p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  onClose();
                  void lockVault();
                }}
              >
                Lock now
              </button>
            </section>
            <IdleTimeForm onSaved={setNotice} />
            <DisableLockForm
              onDisabled={() => setNotice("The lock is off. Conversations are stored unencrypted.")}
            />
          </>
        )}
      </fieldset>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} disabled={task !== undefined}>
          Close
        </button>
      </div>
    </dialog>
  );
}
