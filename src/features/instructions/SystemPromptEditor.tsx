import { useId, useState } from "react";
import { useAppStore } from "../../store/useAppStore";
import { selectAllPresets } from "../../store/slices/instructions/selectors";

/**
 * The system prompt, with presets: pick one to fill the text, save the text as a new preset, or
 * update or delete one of your own. Preset changes are saved at once; the prompt itself is saved
 * with the rest of the dialog.
 */
export function SystemPromptEditor({
  text,
  onTextChange,
}: {
  text: string;
  onTextChange(text: string): void;
}) {
  const presets = useAppStore(selectAllPresets);
  const savePreset = useAppStore((state) => state.savePreset);
  const deletePreset = useAppStore((state) => state.deletePreset);
  const [presetId, setPresetId] = useState(() => presets.find((preset) => preset.text === text)?.id ?? "");
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const selected = presets.find((preset) => preset.id === presetId);
  const ownSelected = selected && !selected.builtIn ? selected : undefined;

  const choose = (nextId: string) => {
    setPresetId(nextId);
    setProblem(undefined);
    const preset = presets.find((candidate) => candidate.id === nextId);
    if (preset) onTextChange(preset.text);
  };
  const saveNew = () => {
    const error = savePreset({ name, text });
    setProblem(error);
    if (error) return;
    setNaming(false);
    setName("");
  };
  const update = () => {
    if (ownSelected) setProblem(savePreset({ id: ownSelected.id, name: ownSelected.name, text }));
  };
  const remove = () => {
    if (!ownSelected) return;
    deletePreset(ownSelected.id);
    setPresetId("");
  };

  return (
    <fieldset className="system-prompt">
      <legend>System prompt</legend>
      <label htmlFor={`${id}-preset`}>Preset</label>
      <select id={`${id}-preset`} value={presetId} onChange={(event) => choose(event.target.value)}>
        <option value="">Choose a preset…</option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.builtIn ? preset.name : `${preset.name} (yours)`}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>Instructions for the model</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={5}
        placeholder="For example: Answer in Portuguese. Be concise."
        onChange={(event) => onTextChange(event.target.value)}
      />
      <div className="actions">
        {!naming && (
          <button type="button" className="button small" onClick={() => setNaming(true)}>
            Save as new preset
          </button>
        )}
        {ownSelected && (
          <>
            <button type="button" className="button small" onClick={update}>
              Update preset
            </button>
            <button type="button" className="button small" onClick={remove}>
              Delete preset
            </button>
          </>
        )}
        <button type="button" className="button small" onClick={() => onTextChange("")} disabled={!text}>
          Clear
        </button>
      </div>
      {naming && (
        <div className="preset-name">
          <label htmlFor={`${id}-name`}>Preset name</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <button type="button" className="button small primary" onClick={saveNew}>
            Save preset
          </button>
          <button type="button" className="button small" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
