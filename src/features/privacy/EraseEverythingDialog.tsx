import { useAppStore } from "../../store/useAppStore";
import { selectErase } from "../../store/slices/privacy/selectors";
import { useT } from "../../i18n/useT";
import { describeErased, describeEraseFailure } from "./describeErase";
import { ModalDialog } from "../../app/ModalDialog";

/**
 * Asks plainly before erasing, then shows what was removed. Afterwards the app must start afresh
 * (its storage is gone), so the only way on is a reload.
 */
export function EraseEverythingDialog({ onCancel }: { onCancel(): void }) {
  const t = useT();
  const erase = useAppStore(selectErase);
  const eraseEverything = useAppStore((state) => state.eraseEverything);
  // Escape would leave a half-erased or erased app on screen; while erasing or after, only Reload is offered.
  const busyOrDone = erase.status === "erasing" || erase.status === "done";

  return (
    <ModalDialog
      className="dialog"
      aria-labelledby="erase-title"
      keepOpen={busyOrDone}
      onClose={busyOrDone ? undefined : onCancel}
    >
      {erase.status === "done" ? (
        <>
          <h2 id="erase-title">{t.erased.title}</h2>
          <p>{t.erased.removedFrom}</p>
          <ul aria-label={t.erased.listLabel}>
            {describeErased(erase.removed, t).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{t.erased.appStays}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => location.reload()} autoFocus>
              {t.erased.startAfresh}
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="erase-title">{t.eraseEverything.title}</h2>
          <p>{t.eraseEverything.removes}</p>
          <ul>
            <li>{t.eraseEverything.conversations}</li>
            <li>{t.eraseEverything.settings}</li>
            <li>{t.eraseEverything.models}</li>
            <li>{t.eraseEverything.log}</li>
          </ul>
          <p>
            <strong>{t.eraseEverything.irreversible}</strong> {t.eraseEverything.exportFirst}
          </p>
          {erase.status === "failed" && (
            <p role="alert">{t.eraseEverything.failed(describeEraseFailure(erase.failure, t))}</p>
          )}
          <div className="actions">
            <button type="button" className="button" onClick={onCancel} disabled={busyOrDone} autoFocus>
              {t.eraseEverything.cancel}
            </button>
            <button
              type="button"
              className="button danger"
              onClick={() => void eraseEverything()}
              disabled={busyOrDone}
            >
              {erase.status === "erasing" ? t.eraseEverything.erasing : t.eraseEverything.confirm}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
