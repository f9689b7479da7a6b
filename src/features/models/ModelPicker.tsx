import { useMemo, useState } from "react";
import type { GpuAdapterSummary } from "../../domain/capabilities";
import { MODEL_CATALOG, type ModelCard } from "../../domain/modelCatalog";
import { assessFit, orderByFit, preselectModel } from "../../domain/modelFit";
import { formatMegabytes } from "../../lib/format";
import { useAppStore } from "../../store/useAppStore";
import {
  selectCachedModelIds,
  selectModelLoad,
  selectModelPickerOpen,
  selectSelectedModelId,
} from "../../store/slices/models/selectors";
import { selectStorageEstimate } from "../../store/slices/modelStorage/selectors";
import { CancelledDownloadNote } from "./CancelledDownloadNote";
import { selectOnline } from "../../store/slices/appShell/selectors";
import { ModelOption } from "./ModelOption";
import { selectCustomModelCards } from "../../store/slices/customModels/selectors";
import { useLanguage, useT } from "../../i18n/useT";

/**
 * The curated catalog with what each model needs and whether this device can run and store it, what runs
 * here listed first.
 * The smallest model that runs well is preselected until the user picks another. A model that
 * cannot run here can be chosen only after saying so explicitly.
 */
export function ModelPicker({ adapter }: { adapter: GpuAdapterSummary }) {
  const t = useT();
  const language = useLanguage();
  const chosenId = useAppStore(selectSelectedModelId);
  const cachedIds = useAppStore(selectCachedModelIds);
  const modelLoad = useAppStore(selectModelLoad);
  const pickerOpen = useAppStore(selectModelPickerOpen);
  const estimate = useAppStore(selectStorageEstimate);
  const selectModel = useAppStore((state) => state.selectModel);
  const loadModel = useAppStore((state) => state.loadModel);
  const setPickerOpen = useAppStore((state) => state.setModelPickerOpen);
  const [override, setOverride] = useState(false);
  const online = useAppStore(selectOnline);
  const customCards = useAppStore(selectCustomModelCards);
  const models = useMemo(() => [...MODEL_CATALOG, ...customCards], [customCards]);

  const free =
    estimate?.quota !== undefined && estimate.usage !== undefined
      ? estimate.quota - estimate.usage
      : undefined;
  /** A stored model needs no more room. */
  const freeFor = (model: ModelCard) => (cachedIds.includes(model.id) ? undefined : free);
  const fitOf = (model: ModelCard) => assessFit(model, adapter, freeFor(model));
  const selected =
    models.find((model) => model.id === chosenId && (override || fitOf(model).verdict !== "cannot")) ??
    preselectModel(MODEL_CATALOG, adapter, freeFor);
  const selectedCached = selected !== undefined && cachedIds.includes(selected.id);
  const selectedCannotRun = selected !== undefined && fitOf(selected).verdict === "cannot";
  const loadedId = modelLoad.status === "ready" ? modelLoad.modelId : undefined;
  const anyCannotRun = models.some((model) => fitOf(model).verdict === "cannot");
  // Downloading needs the network; say so up front rather than let the download fail with a network error.
  const downloadBlocked = selected !== undefined && !selectedCached && !online;

  return (
    <section className="model-picker" aria-labelledby="model-picker-title">
      <div className="model-picker-header">
        <h2 id="model-picker-title">{t.modelPicker.title}</h2>
        {pickerOpen && (
          <button type="button" className="button small" onClick={() => setPickerOpen(false)}>
            {t.modelPicker.close}
          </button>
        )}
      </div>
      <CancelledDownloadNote />
      <p className="hint">{t.modelPicker.intro}</p>
      <fieldset className="model-options">
        <legend className="sr-only">{t.modelPicker.choose}</legend>
        {orderByFit(models, fitOf).map((model) => {
          const fit = fitOf(model);
          return (
            <ModelOption
              key={model.id}
              model={model}
              fit={fit}
              disabled={fit.verdict === "cannot" && !override}
              checked={model.id === selected?.id}
              cached={cachedIds.includes(model.id)}
              loaded={model.id === loadedId}
              onSelect={() => selectModel(model.id)}
            />
          );
        })}
      </fieldset>
      {anyCannotRun && (
        <label className="override">
          <input type="checkbox" checked={override} onChange={(event) => setOverride(event.target.checked)} />{" "}
          {t.modelPicker.override}
        </label>
      )}
      <div className="model-picker-actions">
        {selected ? (
          <>
            <button
              type="button"
              className="button primary"
              onClick={() => loadModel(selected.id)}
              disabled={downloadBlocked}
            >
              {selectedCached ? t.modelPicker.load(selected.name) : t.modelPicker.download(selected.name)}
              {selectedCannotRun ? t.modelPicker.anyway : ""}
            </button>
            {downloadBlocked ? (
              <p role="alert" className="hint">
                {t.modelPicker.offline(selected.name)}
              </p>
            ) : (
              <span className="hint">
                {selectedCached
                  ? t.modelPicker.alreadyStored
                  : t.modelPicker.downloadSize(formatMegabytes(selected.downloadMB, language))}
              </span>
            )}
          </>
        ) : (
          <p role="alert">{t.modelPicker.noneFits}</p>
        )}
      </div>
    </section>
  );
}
