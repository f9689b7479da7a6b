import type { StorageShortfall } from "../../domain/engineError";
import { useLanguage, useT } from "../../i18n/useT";
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
  const t = useT();
  const language = useLanguage();
  const modelName = useModelName();
  const stored = useAppStore(selectStoredModels);
  const openManager = useAppStore((state) => state.setModelManagerOpen);
  const others = (stored ?? []).filter((model) => model.modelId !== modelId);
  const words = t.storageShortfall;
  return (
    <>
      <p>
        {words.needs(
          formatBytes(shortfall.neededBytes, language),
          formatBytes(shortfall.freeBytes, language),
        )}
      </p>
      {others.length > 0 ? (
        <p>
          {words.couldDelete(
            others
              .map((model) => `${modelName(model.modelId)} (${formatBytes(model.bytes, language)})`)
              .join(words.listSeparator),
          )}
        </p>
      ) : (
        <p>{words.noOthers}</p>
      )}
      <button type="button" className="button" onClick={() => openManager(true)}>
        {t.modelManager.open}
      </button>
    </>
  );
}
