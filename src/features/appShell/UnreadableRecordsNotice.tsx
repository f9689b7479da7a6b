import { useAppStore } from "../../store/useAppStore";
import { selectUnreadableRecords } from "../../store/slices/unreadable/selectors";
import type { UnreadableKind } from "../../services/storage";
import { RescueExportButton } from "../../app/RescueExportButton";
import { useT } from "../../i18n/useT";

const KINDS: readonly UnreadableKind[] = ["conversations", "messages", "documents", "settings"];

/**
 * Tells the user what stored data could not be read (how many of each kind), that it was left untouched, and
 * offers a copy of what could be read. Loaded only when there is something to tell (App.tsx).
 */
export default function UnreadableRecordsNotice() {
  const t = useT();
  const texts = t.unreadableRecords;
  const counts = useAppStore(selectUnreadableRecords);
  const exportAsJson = useAppStore((state) => state.exportAsJson);
  const dismiss = useAppStore((state) => state.dismissUnreadableNotice);
  const items = KINDS.filter((kind) => counts[kind] > 0).map((kind) => texts[kind](counts[kind]));
  return (
    <section className="banner banner-note safe-start" aria-labelledby="unreadable-title">
      <div>
        <h2 id="unreadable-title">{texts.title}</h2>
        <p>{texts.couldNotRead(items)}</p>
        <p>{texts.why}</p>
        <div className="actions">
          <RescueExportButton
            exportConversations={() => exportAsJson()}
            t={t.rescueExport}
            label={texts.exportReadable}
          />
          <button type="button" className="button small" onClick={dismiss}>
            {texts.dismiss}
          </button>
        </div>
      </div>
    </section>
  );
}
