import { Fragment, useEffect, useRef } from "react";
import { SHORTCUT_ACTIONS } from "./actions";
import { describeShortcut } from "./shortcutKeys";

/** Lists every keyboard shortcut, read from the same action definitions the shortcuts run. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ACTIONS.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.label}</th>
              <td>
                {action.keys.map((shortcut, index) => (
                  <Fragment key={shortcut}>
                    {index > 0 && " or "}
                    {describeShortcut(shortcut).map((part, partIndex) => (
                      <Fragment key={partIndex}>
                        {partIndex > 0 && " + "}
                        <kbd>{part}</kbd>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
