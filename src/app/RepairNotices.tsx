import { useAppStore } from "../store/useAppStore";
import { selectRepairNotices } from "../store/slices/conversations/selectors";
import { describeRepair } from "../features/transfer/describeRepair";
import { useT } from "../i18n/useT";

/**
 * Says, once, what was repaired in a conversation as it was read (a loop cut, a lost message's replies
 * re-attached). The repair is already saved, so the note does not come back once dismissed. Loaded only when
 * there is one (App.tsx).
 */
export default function RepairNotices() {
  const t = useT();
  const notices = useAppStore(selectRepairNotices);
  const dismiss = useAppStore((state) => state.dismissRepairNotice);
  return notices.map((notice) => (
    <div key={notice.conversationId} className="banner banner-note" role="status">
      <span>{t.treeRepair.notice(notice.title, describeRepair(t, notice.repair))}</span>
      <button type="button" className="button small" onClick={() => dismiss(notice.conversationId)}>
        {t.treeRepair.dismiss}
      </button>
    </div>
  ));
}
