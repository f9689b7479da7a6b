import type { ModelCard } from "../../domain/modelCatalog";
import type { ModelFit } from "../../domain/modelFit";
import { formatContextWindow, formatMegabytes } from "../../lib/format";
import { ModelCardDetails } from "./ModelCardDetails";

interface Props {
  model: ModelCard;
  fit: ModelFit;
  /** A model that cannot run here is disabled until the user overrides the check. */
  disabled: boolean;
  checked: boolean;
  cached: boolean;
  loaded: boolean;
  onSelect(): void;
}

/** One model in the picker: a radio labelled with its name, its figures, and whether it runs here. */
export function ModelOption({ model, fit, disabled, checked, cached, loaded, onSelect }: Props) {
  const detailsId = `model-details-${model.id}`;
  const nameId = `model-name-${model.id}`;
  const cannotRun = fit.verdict === "cannot";
  return (
    <div className="model-option-wrap">
      <label className={`model-option${checked ? " checked" : ""}${cannotRun ? " unavailable" : ""}`}>
        <input
          type="radio"
          name="model"
          value={model.id}
          checked={checked}
          disabled={disabled}
          onChange={onSelect}
          aria-labelledby={nameId}
          aria-describedby={detailsId}
        />
        <span className="model-option-body">
          <span className="model-option-title">
            <span id={nameId} className="model-name">
              {model.name}
            </span>
            {loaded && <span className="tag tag-ok">In use</span>}
            {!loaded && cached && <span className="tag">Downloaded</span>}
          </span>
          <span id={detailsId} className="model-option-details">
            <span className="model-description">{model.description}</span>
            <span className="model-figures">
              {model.parameters} parameters · {model.quantization} · {formatMegabytes(model.downloadMB)}{" "}
              download · {formatMegabytes(model.vramMB)} GPU memory ·{" "}
              {formatContextWindow(model.contextWindow)} context
              {model.needsShaderF16 ? " · needs shader-f16" : ""}
            </span>
            <FitLine fit={fit} />
          </span>
        </span>
      </label>
      <ModelCardDetails model={model} />
    </div>
  );
}

function FitLine({ fit }: { fit: ModelFit }) {
  if (fit.verdict === "good") return <span className="fit fit-good">Runs well on this device</span>;
  if (fit.verdict === "slow") return <span className="fit fit-slow">May be slow: {fit.reason}</span>;
  return <span className="fit fit-cannot">Cannot run here: {fit.reason}</span>;
}
