import type { ModelCard } from "../../domain/modelCatalog";
import { formatContextWindow, formatMegabytes } from "../../lib/format";
import { ImportedOn } from "./ImportedOn";

/** The model's card: who made it, what it is, under which licence, where its files come from. */
export function ModelCardDetails({ model }: { model: ModelCard }) {
  return (
    <details className="model-card" aria-label={`About ${model.name}`}>
      <summary>About {model.name}</summary>
      <dl>
        <dt>Family</dt>
        <dd>{model.family.name}</dd>
        <dt>Developer</dt>
        <dd>{model.family.developer}</dd>
        <dt>Parameters</dt>
        <dd>{model.parameters}</dd>
        <dt>Quantization</dt>
        <dd>{model.quantization}</dd>
        <dt>Context window</dt>
        <dd>{formatContextWindow(model.contextWindow)}</dd>
        <dt>Licence</dt>
        <dd>
          {model.family.licenseUrl ? (
            <a href={model.family.licenseUrl} target="_blank" rel="noopener noreferrer">
              {model.family.license}
            </a>
          ) : (
            model.family.license
          )}
        </dd>
        <dt>Source</dt>
        <dd>
          {model.importedAt !== undefined ? (
            <ImportedOn at={model.importedAt} />
          ) : (
            <a href={model.sourceUrl} target="_blank" rel="noopener noreferrer">
              {model.sourceUrl}
            </a>
          )}
        </dd>
        <dt>Download size</dt>
        <dd>About {formatMegabytes(model.downloadMB)}</dd>
        <dt>GPU memory</dt>
        <dd>About {formatMegabytes(model.vramMB)}</dd>
      </dl>
      <p className="model-card-privacy">
        Your prompts and the model’s replies never leave your device: the model runs here, in your browser.
      </p>
    </details>
  );
}
