import { libraryKeptFor, type StoredModelInfo } from "../../domain/storedModel";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { useLanguage, useT } from "../../i18n/useT";
import { formatBytes } from "../../lib/format";
import { timeAgo } from "../../lib/formatRelativeTime";
import { useModelName } from "./modelName";

interface Props {
  models: readonly StoredModelInfo[];
  lastUsed: Record<string, number>;
  now: number;
  onDelete(model: StoredModelInfo): void;
}

/** Every model stored in this browser: exact size, completeness and when it was last used. */
export function StoredModelList({ models, lastUsed, now, onDelete }: Props) {
  const t = useT();
  const language = useLanguage();
  const words = t.storedModels;
  const modelName = useModelName();
  if (models.length === 0) return <p className="hint">{words.none}</p>;
  return (
    <ul className="stored-models" aria-label={words.label}>
      {models.map((model) => {
        const name = modelName(model.modelId);
        const used = lastUsed[model.modelId];
        const sharingLibrary = libraryKeptFor(model, models).map(modelName);
        return (
          <li key={model.modelId} className="stored-model" aria-label={name}>
            <span className="stored-model-name">{name}</span>
            <span className="stored-model-figures">
              {formatBytes(model.bytes, language)} ·{" "}
              {model.complete ? words.complete : words.incomplete(model.filesStored, model.filesTotal)} ·{" "}
              {used === undefined ? words.neverUsed : words.lastUsed(describeTimeAgo(t, language, used, now))}
              {model.sharedLibrary &&
                sharingLibrary.length > 0 &&
                ` · ${words.sharedLibrary(
                  formatBytes(model.sharedLibrary.bytes, language),
                  new Intl.ListFormat(language, { type: "conjunction" }).format(sharingLibrary),
                )}`}
            </span>
            <button
              type="button"
              className="button small danger"
              aria-label={words.deleteNamed(name)}
              onClick={() => onDelete(model)}
            >
              {words.delete}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "just now", "5 min ago", "yesterday", else the date in the reader's format. */
function describeTimeAgo(t: Messages, language: Language, timestampMs: number, nowMs: number): string {
  const ago = timeAgo(timestampMs, nowMs);
  switch (ago.unit) {
    case "now":
      return t.storedModels.justNow;
    case "minutes":
      return t.storedModels.minutesAgo(ago.count);
    case "hours":
      return t.storedModels.hoursAgo(ago.count);
    case "days":
      return t.storedModels.daysAgo(ago.count);
    case "date":
      return new Date(ago.timestampMs).toLocaleDateString(language);
  }
}
