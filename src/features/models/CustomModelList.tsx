import { useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectCustomModels } from "../../store/slices/customModels/selectors";
import { AddModelDialog } from "./AddModelDialog";
import { ImportModelButton } from "./ImportModelButton";
import { ImportedOn } from "./ImportedOn";

/** The models the user added by URL, with adding and removing them. */
export function CustomModelList() {
  const models = useAppStore(selectCustomModels);
  const remove = useAppStore((state) => state.removeCustomModel);
  const [adding, setAdding] = useState(false);
  return (
    <section className="custom-models" aria-labelledby="custom-models-title">
      <h3 id="custom-models-title">Your models</h3>
      {models.length === 0 ? (
        <p className="hint">Models you add by URL appear here and in the model picker.</p>
      ) : (
        <ul aria-label="Your models">
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
                aria-label={`Remove ${model.name}`}
                onClick={() => void remove(model.source.modelId)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => setAdding(true)}>
        Add a model
      </button>{" "}
      <ImportModelButton />
      {adding && <AddModelDialog onClose={() => setAdding(false)} />}
    </section>
  );
}
