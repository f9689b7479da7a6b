import { useModelName } from "./modelName";
import { useAppStore } from "../../store/useAppStore";
import { selectModelLoad, selectModelPickerOpen } from "../../store/slices/models/selectors";
import { useT } from "../../i18n/useT";

/** Which model is in use, and the way to change it. */
export function ModelStatusBar() {
  const t = useT();
  const modelLoad = useAppStore(selectModelLoad);
  const pickerOpen = useAppStore(selectModelPickerOpen);
  const setPickerOpen = useAppStore((state) => state.setModelPickerOpen);
  const modelName = useModelName();
  if (modelLoad.status === "idle") return null;

  const name = modelName(modelLoad.modelId);
  const label = t.modelStatus[modelLoad.status];
  return (
    <div className="model-status-bar">
      <span className={`model-status model-status-${modelLoad.status}`}>
        <span className="model-status-dot" aria-hidden="true" />
        <span className="model-status-text">
          {name} · {label}
        </span>
      </span>
      {modelLoad.status !== "loading" && (
        <button type="button" className="button small" onClick={() => setPickerOpen(!pickerOpen)}>
          {pickerOpen ? t.modelStatus.backToChat : t.modelStatus.changeModel}
        </button>
      )}
    </div>
  );
}
