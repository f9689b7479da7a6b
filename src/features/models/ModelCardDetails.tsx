import type { ModelCard } from "../../domain/modelCatalog";
import { useLanguage, useT } from "../../i18n/useT";
import { formatContextWindow, formatMegabytes } from "../../lib/format";
import { ContextMemoryList } from "./ContextMemoryList";
import { ImportedOn } from "./ImportedOn";

/** The model's card: who made it, what it is, under which licence, where its files come from. */
export function ModelCardDetails({ model }: { model: ModelCard }) {
  const t = useT();
  const language = useLanguage();
  const words = t.modelCard;
  return (
    <details className="model-card" aria-label={words.about(model.name)}>
      <summary>{words.about(model.name)}</summary>
      <dl>
        <dt>{words.family}</dt>
        <dd>{model.family.name}</dd>
        <dt>{words.developer}</dt>
        <dd>{model.family.developer ?? words.addedByYou}</dd>
        <dt>{words.parameters}</dt>
        <dd>{model.parameters ?? words.unknown}</dd>
        <dt>{words.quantization}</dt>
        <dd>{model.quantization}</dd>
        <dt>{words.contextWindow}</dt>
        <dd>{formatContextWindow(model.contextWindow)}</dd>
        <dt>{words.licence}</dt>
        <dd>
          {model.family.licenseUrl ? (
            <a href={model.family.licenseUrl} target="_blank" rel="noopener noreferrer">
              {model.family.license ?? words.seeRepository}
            </a>
          ) : (
            (model.family.license ?? words.unknown)
          )}
        </dd>
        <dt>{words.source}</dt>
        <dd>
          {model.importedAt !== undefined ? (
            <ImportedOn at={model.importedAt} />
          ) : (
            <a href={model.sourceUrl} target="_blank" rel="noopener noreferrer">
              {model.sourceUrl}
            </a>
          )}
        </dd>
        <dt>{words.downloadSize}</dt>
        <dd>{words.approximately(formatMegabytes(model.downloadMB, language))}</dd>
        <dt>{words.gpuMemory}</dt>
        <dd>{words.approximately(formatMegabytes(model.vramMB, language))}</dd>
        <ContextMemoryList model={model} />
      </dl>
      <p className="model-card-privacy">{words.privacy}</p>
    </details>
  );
}
