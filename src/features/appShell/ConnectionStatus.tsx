import { useAppStore } from "../../store/useAppStore";
import { selectOnline } from "../../store/slices/appShell/selectors";

/** Says so when the browser is offline: chatting with a stored model still works, downloading does not. */
export function ConnectionStatus() {
  const online = useAppStore(selectOnline);
  return (
    <p role="status" className="connection-status">
      {online ? null : (
        <>
          <span className="offline-dot" aria-hidden="true" />
          Offline — stored models and chats still work.
        </>
      )}
    </p>
  );
}
