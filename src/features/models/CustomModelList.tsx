import { useState } from "react";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectCustomModels } from "../../store/slices/customModels/selectors";
import { AddModelDialog } from "./AddModelDialog";
import { ImportModelButton } from "./ImportModelButton";
import { ImportedOn } from "./ImportedOn";

/** The models the user added by URL, with adding and removing them. */
export function CustomModelList() {
  const t = useT();
  const words = t.customModels;
  const models = useAppStore(selectCustomModels);
  const remove = useAppStore((state) => state.removeCustomModel);
  const [adding, setAdding] = useState(false);
  return (
    <section className="custom-models" aria-labelledby="custom-models-title">
      <h3 id="custom-models-title">{words.title}</h3>
      {models.length === 0 ? (
        <p className="hint">{words.empty}</p>
      ) : (
        <ul aria-label={words.title}>
          {models.map((model) => (
            <li key={model.source.modelId} aria-label={model.name}>
              <span>{model.name}</span>{" "}
              <span className="hint">
                {model.modelType} · {model.quantization} ·{" "}
                {model.importedAt === undefined ? model.modelUrl : <ImportedOn at={model.importedAt} />}
              </span>{" "}
              <button
                type="button"
                className="button small danger"
                aria-label={words.removeNamed(model.name)}
                onClick={() => void remove(model.source.modelId)}
              >
                {words.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => setAdding(true)}>
        {words.add}
      </button>{" "}
      <ImportModelButton />
      {adding && <AddModelDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
