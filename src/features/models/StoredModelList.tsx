import type { StoredModelInfo } from "../../domain/storedModel";
import { formatBytes } from "../../lib/format";
import { formatTimeAgo } from "../../lib/formatRelativeTime";
import { useModelName } from "./modelName";

interface Props {
  models: readonly StoredModelInfo[];
  lastUsed: Record<string, number>;
  now: number;
  onDelete(model: StoredModelInfo): void;
}

/** Every model stored in this browser: exact size, completeness and when it was last used. */
export function StoredModelList({ models, lastUsed, now, onDelete }: Props) {
  const modelName = useModelName();
  if (models.length === 0) return <p className="hint">No models are stored in this browser.</p>;
  return (
    <ul className="stored-models" aria-label="Stored models">
      {models.map((model) => {
        const name = modelName(model.modelId);
        const used = lastUsed[model.modelId];
        return (
          <li key={model.modelId} className="stored-model" aria-label={name}>
            <span className="stored-model-name">{name}</span>
            <span className="stored-model-figures">
              {formatBytes(model.bytes)} ·{" "}
              {model.complete
                ? "Complete"
                : `Incomplete: ${model.filesStored}${model.filesTotal ? ` of ${model.filesTotal}` : ""} files (downloading it continues from here)`}{" "}
              · {used === undefined ? "Never used" : `Last used ${formatTimeAgo(used, now)}`}
            </span>
            <button
              type="button"
              className="button small danger"
              aria-label={`Delete ${name}`}
              onClick={() => onDelete(model)}
            >
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
