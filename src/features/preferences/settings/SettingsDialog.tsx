import { useRef } from "react";
import { useT } from "../../../i18n/useT";
import { SETTINGS_SECTIONS } from "./settingsSections";
import { ModalDialog } from "../../../app/ModalDialog";

/**
 * Every preference and tool in one place: a list of sections beside one scrolling page of them (on phones a
 * full-screen sheet with the list above). Each entry of the list brings its section into view and focuses its title.
 */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);

  const show = (id: string) => {
    const title = dialog.current?.querySelector<HTMLElement>(`#settings-${id}-title`);
    title?.scrollIntoView({ block: "start" });
    title?.focus({ preventScroll: true });
  };

  return (
    <ModalDialog
      dialogRef={dialog}
      className="dialog settings-dialog"
      aria-labelledby="settings-title"
      onClose={onClose}
    >
      <div className="settings-header">
        <h2 id="settings-title">{t.settings.title}</h2>
        <button type="button" className="button small" onClick={onClose}>
          {t.settings.close}
        </button>
      </div>
      <div className="settings-body">
        <nav aria-label={t.settings.sections} className="settings-nav">
          <ul>
            {SETTINGS_SECTIONS.map(({ id, title }) => (
              <li key={id}>
                {/* Links, not buttons: the sections' own buttons ("Privacy", "Security") keep their names to themselves. */}
                <a
                  href={`#settings-${id}`}
                  className="settings-nav-item"
                  onClick={(event) => {
                    event.preventDefault(); // the page's address stays as it is
                    show(id);
                  }}
                >
                  {title(t)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-sections">
          {SETTINGS_SECTIONS.map(({ id, Section }) => (
            <Section key={id} />
          ))}
        </div>
      </div>
    </ModalDialog>
  );
}
