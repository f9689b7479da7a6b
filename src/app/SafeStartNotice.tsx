import { errorMessage } from "../lib/errorMessage";
import { useState } from "react";
import type { RepairSummary } from "../store/slices/conversations/conversationsSlice";
import { useAppStore } from "../store/useAppStore";
import { describeRepair } from "../features/transfer/describeRepair";
import { useT } from "../i18n/useT";
import { RescueExportButton } from "./RescueExportButton";

type Check =
  { state: "running" } | { state: "done"; summary: RepairSummary } | { state: "failed"; detail: string };

/**
 * Shown when the previous start did not finish: no conversation was reopened, and the user is offered the two
 * ways forward that cannot make things worse: save a copy of everything, and check every conversation's tree.
 * Loaded only then (App.tsx).
 */
export default function SafeStartNotice() {
  const t = useT();
  const texts = t.safeStart;
  const exportAsJson = useAppStore((state) => state.exportAsJson);
  const repairAll = useAppStore((state) => state.repairAllConversations);
  const dismiss = useAppStore((state) => state.dismissSafeStart);
  const [check, setCheck] = useState<Check>();

  const runCheck = async () => {
    setCheck({ state: "running" });
    try {
      setCheck({ state: "done", summary: await repairAll() });
    } catch (error) {
      setCheck({ state: "failed", detail: errorMessage(error) });
    }
  };

  return (
    <section className="banner banner-note safe-start" aria-labelledby="safe-start-title">
      <div>
        <h2 id="safe-start-title">{texts.title}</h2>
        <p>{texts.body}</p>
        <div className="actions">
          <RescueExportButton
            exportConversations={() => exportAsJson()}
            t={t.rescueExport}
            label={texts.exportAll}
          />
          <button type="button" className="button" disabled={check?.state === "running"} onClick={runCheck}>
            {texts.repair}
          </button>
          <button type="button" className="button small" onClick={dismiss}>
            {texts.dismiss}
          </button>
        </div>
        {check && <CheckOutcome check={check} />}
      </div>
    </section>
  );
}

function CheckOutcome({ check }: { check: Check }) {
  const t = useT();
  const texts = t.safeStart;
  if (check.state === "running") return <p role="status">{texts.repairing}</p>;
  if (check.state === "failed") return <p role="alert">{texts.repairFailed(check.detail)}</p>;
  const { checked, repaired } = check.summary;
  if (repaired.length === 0) return <p role="status">{texts.nothingToRepair(checked)}</p>;
  return (
    <div role="status">
      <p>{texts.repaired(checked, repaired.length)}</p>
      <ul>
        {repaired.map((notice) => (
          <li key={notice.conversationId}>
            {t.treeRepair.conversation(notice.title, describeRepair(t, notice.repair))}
          </li>
        ))}
      </ul>
    </div>
  );
}
