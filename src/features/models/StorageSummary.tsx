import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import {
  selectPersistence,
  selectPersistenceAnswer,
  selectStorageEstimate,
} from "../../store/slices/modelStorage/selectors";

/** How much of the browser's storage is used, and whether the browser may evict it. */
export function StorageSummary() {
  const t = useT();
  const language = useLanguage();
  const estimate = useAppStore(selectStorageEstimate);
  const persistence = useAppStore(selectPersistence);
  const answer = useAppStore(selectPersistenceAnswer);
  const requestPersistence = useAppStore((state) => state.requestPersistentStorage);
  const { usage, quota } = estimate ?? {};
  const words = t.storageSummary;
  const bytes = (value: number) => formatBytes(value, language);

  return (
    <section aria-label={words.label} className="storage-summary">
      <p>
        {usage !== undefined && quota !== undefined
          ? words.usage(bytes(usage), bytes(quota), bytes(Math.max(0, quota - usage)))
          : words.unknownUsage}
      </p>
      <p>
        {persistence === "persistent" && words.persistent}
        {persistence === "best-effort" && words.bestEffort}
        {persistence === "unsupported" && words.unsupported}
      </p>
      {persistence === "best-effort" && (
        <button type="button" className="button small" onClick={() => void requestPersistence()}>
          {words.ask}
        </button>
      )}
      {answer && <p role="status">{words.answers[answer]}</p>}
    </section>
  );
}
