import { useState } from "react";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectCustomModels } from "../../store/slices/customModels/selectors";
import type { CustomModelSummary } from "../../domain/customModel";
import { AddModelDialog } from "./AddModelDialog";
import { RemoveCustomModelDialog } from "./RemoveCustomModelDialog";
import { ImportModelButton } from "./ImportModelButton";
import { ImportedOn } from "./ImportedOn";

/** The models the user added by URL, with adding and removing them (after asking: their files go too). */
export function CustomModelList() {
  const t = useT();
  const words = t.customModels;
  const models = useAppStore(selectCustomModels);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CustomModelSummary>();
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
                onClick={() => setRemoving(model)}
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
      {removing && <RemoveCustomModelDialog model={removing} onClose={() => setRemoving(undefined)} />}
    </section>
  );
}
