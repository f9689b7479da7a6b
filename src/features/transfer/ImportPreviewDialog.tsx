import type { ImportPlan } from "../../domain/importPlan";
import { useT } from "../../i18n/useT";
import { describeRepair } from "./describeRepair";
import { describeSkipped } from "./describeSkipped";
import { ModalDialog } from "../../app/ModalDialog";

/** Lists show this many entries, then "and N more". */
const SHOWN = 8;

/**
 * What an import will do, before it does anything: the new conversations, the messages it adds to conversations
 * the user already has (conversation by conversation), what is already here, what cannot be added and what was
 * repaired. Nothing changes until "Import". Loaded only when a file has been read (it is rarely needed).
 */
export default function ImportPreviewDialog({
  plan,
  onConfirm,
  onCancel,
}: {
  plan: ImportPlan;
  onConfirm(): void;
  onCancel(): void;
}) {
  const t = useT();
  const texts = t.transfer.preview;

  return (
    <ModalDialog className="dialog" aria-labelledby="import-preview-title" onClose={onCancel}>
      <h2 id="import-preview-title">{texts.title}</h2>
      <p>{texts.intro}</p>
      {plan.chatGpt && <p>{t.transfer.chatGpt.intro}</p>}
      <Listed
        label={texts.newConversations(plan.newConversations.length)}
        items={plan.newConversations.map((entry) => texts.newConversation(entry.title, entry.messages))}
      />
      <Listed
        label={texts.extended}
        items={plan.extended.map((entry) => texts.extendedConversation(entry.title, entry.added))}
      />
      {(plan.conversationsAlreadyHere > 0 || plan.messagesAlreadyHere > 0) && (
        <p>{texts.alreadyHere(plan.conversationsAlreadyHere, plan.messagesAlreadyHere)}</p>
      )}
      {plan.clashing > 0 && <p>{texts.clashing(plan.clashing)}</p>}
      <Listed
        label={texts.repaired}
        items={plan.repaired.map((entry) =>
          t.treeRepair.conversation(entry.title, describeRepair(t, entry.repair)),
        )}
      />
      {plan.chatGpt && (
        <Listed label={t.transfer.chatGpt.skipped} items={describeSkipped(t, plan.chatGpt.skipped)} all />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {texts.cancel}
        </button>
        <button type="button" className="button primary" onClick={onConfirm} autoFocus>
          {texts.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}

/** A labelled list of the first few entries (or `all` of them), then "and N more"; nothing when there are none. */
function Listed({ label, items, all = false }: { label: string; items: string[]; all?: boolean }) {
  const t = useT();
  if (items.length === 0) return null;
  const shown = all ? items.length : SHOWN;
  return (
    <section aria-label={label}>
      <p>{label}</p>
      <ul>
        {items.slice(0, shown).map((item, index) => (
          <li key={index}>{item}</li>
        ))}
        {items.length > shown && <li>{t.transfer.preview.more(items.length - shown)}</li>}
      </ul>
    </section>
  );
}
