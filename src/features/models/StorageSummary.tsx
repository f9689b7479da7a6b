import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import {
  selectPersistence,
  selectPersistenceAnswer,
  selectStorageEstimate,
} from "../../store/slices/modelStorage/selectors";

/** How much of the browser's storage is used, and whether the browser may evict it. */
export function StorageSummary() {
  const estimate = useAppStore(selectStorageEstimate);
  const persistence = useAppStore(selectPersistence);
  const answer = useAppStore(selectPersistenceAnswer);
  const requestPersistence = useAppStore((state) => state.requestPersistentStorage);
  const { usage, quota } = estimate ?? {};

  return (
    <section aria-label="Storage" className="storage-summary">
      <p>
        {usage !== undefined && quota !== undefined
          ? `This site uses ${formatBytes(usage)} of the ${formatBytes(quota)} the browser allows it (${formatBytes(
              Math.max(0, quota - usage),
            )} free).`
          : "The browser does not say how much storage this site may use."}
      </p>
      <p>
        {persistence === "persistent" &&
          "Storage is persistent: the browser keeps stored models until you delete them."}
        {persistence === "best-effort" &&
          "Storage is not persistent: when the disk runs low, the browser may delete stored models (a 2 GB model would then have to be downloaded again)."}
        {persistence === "unsupported" && "This browser cannot make storage persistent."}
      </p>
      {persistence === "best-effort" && (
        <button type="button" className="button small" onClick={() => void requestPersistence()}>
          Ask the browser to keep models
        </button>
      )}
      {answer && <p role="status">{answer}</p>}
    </section>
  );
}
