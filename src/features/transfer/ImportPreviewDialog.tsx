import { useEffect, useRef } from "react";
import type { ImportPlan } from "../../domain/importPlan";
import { useT } from "../../i18n/useT";
import { describeRepair } from "./describeRepair";

/** Lists show this many entries, then "and N more". */
const SHOWN = 8;

/**
 * What an import will do, before it does anything: the new conversations, the messages it adds to conversations
 * the user already has (conversation by conversation), what is already here, what cannot be added and what was
 * repaired. Nothing changes until "Import".
 */
export function ImportPreviewDialog({
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
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const more = (count: number) => count > SHOWN && <li>{texts.more(count - SHOWN)}</li>;
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="import-preview-title" onClose={onCancel}>
      <h2 id="import-preview-title">{texts.title}</h2>
      <p>{texts.intro}</p>
      {plan.newConversations.length > 0 && (
        <section aria-label={texts.newConversations(plan.newConversations.length)}>
          <p>{texts.newConversations(plan.newConversations.length)}</p>
          <ul>
            {plan.newConversations.slice(0, SHOWN).map((entry) => (
              <li key={entry.id}>{texts.newConversation(entry.title, entry.messages)}</li>
            ))}
            {more(plan.newConversations.length)}
          </ul>
        </section>
      )}
      {plan.extended.length > 0 && (
        <section aria-label={texts.extended}>
          <p>{texts.extended}</p>
          <ul>
            {plan.extended.slice(0, SHOWN).map((entry) => (
              <li key={entry.id}>{texts.extendedConversation(entry.title, entry.added)}</li>
            ))}
            {more(plan.extended.length)}
          </ul>
        </section>
      )}
      {(plan.conversationsAlreadyHere > 0 || plan.messagesAlreadyHere > 0) && (
        <p>{texts.alreadyHere(plan.conversationsAlreadyHere, plan.messagesAlreadyHere)}</p>
      )}
      {plan.clashing > 0 && <p>{texts.clashing(plan.clashing)}</p>}
      {plan.repaired.length > 0 && (
        <section aria-label={texts.repaired}>
          <p>{texts.repaired}</p>
          <ul>
            {plan.repaired.slice(0, SHOWN).map((entry, index) => (
              <li key={index}>{t.treeRepair.conversation(entry.title, describeRepair(t, entry.repair))}</li>
            ))}
            {more(plan.repaired.length)}
          </ul>
        </section>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {texts.cancel}
        </button>
        <button type="button" className="button primary" onClick={onConfirm} autoFocus>
          {texts.confirm}
        </button>
      </div>
    </dialog>
  );
}
