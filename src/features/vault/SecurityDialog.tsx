import { useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { useT } from "../../i18n/useT";
import { selectIsStreaming } from "../../store/slices/chat/selectors";
import { selectVaultStatus, selectVaultTask } from "../../store/slices/vault/selectors";
import { describeVaultTask } from "./describeVaultTask";
import { DisableLockForm } from "./DisableLockForm";
import { EnableLockForm } from "./EnableLockForm";
import { IdleTimeForm } from "./IdleTimeForm";
import { ModalDialog } from "../../app/ModalDialog";

/** Turn the passphrase lock on or off, and choose when it locks by itself. */
export function SecurityDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const status = useAppStore(selectVaultStatus);
  const task = useAppStore(selectVaultTask);
  const streaming = useAppStore(selectIsStreaming);
  const lockVault = useAppStore((state) => state.lockVault);
  const [notice, setNotice] = useState<string>();

  return (
    <ModalDialog
      className="dialog"
      aria-labelledby="security-title"
      onClose={onClose}
      // Escape must not hide a re-encryption in progress.
      keepOpen={Boolean(task)}
    >
      <h2 id="security-title">{t.security.title}</h2>
      {task ? (
        <p role="status">
          {describeVaultTask(task, t)} {t.security.keepOpen}
        </p>
      ) : (
        notice && <p role="status">{notice}</p>
      )}
      {streaming && <p>{t.security.waitForReply}</p>}
      {/* The forms stay mounted while a task runs, so they keep their messages; they are only disabled. */}
      <fieldset className="vault-fieldset" disabled={task !== undefined || streaming}>
        {status === "off" ? (
          <EnableLockForm onEnabled={() => setNotice(t.security.enabled)} />
        ) : (
          <>
            <section className="vault-section">
              <p>{t.security.isOn}</p>
              <button
                type="button"
                className="button"
                onClick={() => {
                  onClose();
                  void lockVault();
                }}
              >
                {t.security.lockNow}
              </button>
            </section>
            <IdleTimeForm onSaved={setNotice} />
            <DisableLockForm onDisabled={() => setNotice(t.security.disabled)} />
          </>
        )}
      </fieldset>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} disabled={task !== undefined}>
          {t.security.close}
        </button>
      </div>
    </ModalDialog>
  );
}
