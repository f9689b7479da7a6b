import { Fragment } from "react";
import { SHORTCUT_ACTIONS } from "./actions";
import { describeShortcut } from "./shortcutKeys";
import { useT } from "../../i18n/useT";
import { ModalDialog } from "../../app/ModalDialog";

/** Lists every keyboard shortcut, read from the same action definitions the shortcuts run. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();

  return (
    <ModalDialog className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t.shortcuts.title}</h2>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t.shortcuts.action}</th>
            <th scope="col">{t.shortcuts.keys}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ACTIONS.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.label(t)}</th>
              <td>
                {action.keys.map((shortcut, index) => (
                  <Fragment key={shortcut}>
                    {index > 0 && t.shortcuts.or}
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
          {t.shortcuts.close}
        </button>
      </div>
    </ModalDialog>
  );
}
