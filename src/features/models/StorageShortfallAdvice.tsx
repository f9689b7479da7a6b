import type { StorageShortfall } from "../../domain/engineError";
import { formatBytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import { selectStoredModels } from "../../store/slices/modelStorage/selectors";
import { useModelName } from "./modelName";

/** Not enough space: how much is needed, how much is free, and which stored models could make room. */
export function StorageShortfallAdvice({
  modelId,
  shortfall,
}: {
  modelId: string;
  shortfall: StorageShortfall;
}) {
  const modelName = useModelName();
  const stored = useAppStore(selectStoredModels);
  const openManager = useAppStore((state) => state.setModelManagerOpen);
  const others = (stored ?? []).filter((model) => model.modelId !== modelId);
  return (
    <>
      <p>
        The download needs {formatBytes(shortfall.neededBytes)} more, but the browser allows this site only{" "}
        {formatBytes(shortfall.freeBytes)} more. Nothing already stored was lost: files downloaded so far are
        kept for when there is room.
      </p>
      {others.length > 0 ? (
        <p>
          You could delete:{" "}
          {others.map((model) => `${modelName(model.modelId)} (${formatBytes(model.bytes)})`).join(", ")}.
        </p>
      ) : (
        <p>No other models are stored; free space on the disk, then retry.</p>
      )}
      <button type="button" className="button" onClick={() => openManager(true)}>
        Manage models
      </button>
    </>
  );
}
