import { useAppStore } from "../../store/useAppStore";
import { selectOnline } from "../../store/slices/appShell/selectors";
import { useT } from "../../i18n/useT";

/** Says so when the browser is offline: chatting with a stored model still works, downloading does not. */
export function ConnectionStatus() {
  const t = useT();
  const online = useAppStore(selectOnline);
  return (
    <p role="status" className="connection-status">
      {online ? null : (
        <>
          <span className="offline-dot" aria-hidden="true" />
          {t.appShell.offline}
        </>
      )}
    </p>
  );
}
