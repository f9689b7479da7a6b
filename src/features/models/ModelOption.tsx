import type { ModelCard } from "../../domain/modelCatalog";
import type { ModelFit } from "../../domain/modelFit";
import { formatContextWindow, formatMegabytes } from "../../lib/format";
import { useLanguage, useT } from "../../i18n/useT";
import { ModelCardDetails } from "./ModelCardDetails";
import { describeFitReason, describeModel } from "./describeFit";

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
  const t = useT();
  const language = useLanguage();
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
            {loaded && <span className="tag tag-ok">{t.modelOption.inUse}</span>}
            {!loaded && cached && <span className="tag">{t.modelOption.downloaded}</span>}
          </span>
          <span id={detailsId} className="model-option-details">
            <span className="model-description">{describeModel(t, model.description)}</span>
            <span className="model-figures">
              {[
                model.parameters
                  ? t.modelOption.parameters(model.parameters)
                  : t.modelOption.unknownParameters,
                model.quantization,
                t.modelOption.download(formatMegabytes(model.downloadMB, language)),
                t.modelOption.gpuMemory(formatMegabytes(model.vramMB, language)),
                t.modelOption.context(formatContextWindow(model.contextWindow)),
                ...(model.needsShaderF16 ? [t.modelOption.needsShaderF16] : []),
              ].join(" · ")}
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
  const t = useT();
  const language = useLanguage();
  if (fit.verdict === "good") return <span className="fit fit-good">{t.modelOption.runsWell}</span>;
  const reason = describeFitReason(t, language, fit.reason);
  if (fit.verdict === "slow") return <span className="fit fit-slow">{t.modelOption.maySlow(reason)}</span>;
  return <span className="fit fit-cannot">{t.modelOption.cannotRun(reason)}</span>;
}
