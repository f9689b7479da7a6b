import { useId, useState } from "react";
import type { PresetProblem } from "../../domain/systemPrompts";
import type { Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages/en";
import { useLanguage, useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { presetOfText, usePresets } from "./usePresets";

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
  const t = useT();
  const language = useLanguage();
  const presets = usePresets();
  const savePreset = useAppStore((state) => state.savePreset);
  const deletePreset = useAppStore((state) => state.deletePreset);
  const [presetId, setPresetId] = useState(() => presetOfText(presets, text)?.id ?? "");
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<PresetProblem>();
  const id = useId();
  const selected = presets.find((preset) => preset.id === presetId);
  const builtInNames = presets.filter((preset) => preset.builtIn).map((preset) => preset.name);
  const ownSelected = selected && !selected.builtIn ? selected : undefined;

  const choose = (nextId: string) => {
    setPresetId(nextId);
    setProblem(undefined);
    const preset = presets.find((candidate) => candidate.id === nextId);
    if (preset) onTextChange(preset.text);
  };
  const saveNew = () => {
    const error = savePreset({ name, text }, builtInNames);
    setProblem(error);
    if (error) return;
    setNaming(false);
    setName("");
  };
  const update = () => {
    if (ownSelected)
      setProblem(savePreset({ id: ownSelected.id, name: ownSelected.name, text }, builtInNames));
  };
  const remove = () => {
    if (!ownSelected) return;
    deletePreset(ownSelected.id);
    setPresetId("");
  };

  return (
    <fieldset className="system-prompt">
      <legend>{t.systemPrompt.legend}</legend>
      <label htmlFor={`${id}-preset`}>{t.systemPrompt.preset}</label>
      <select id={`${id}-preset`} value={presetId} onChange={(event) => choose(event.target.value)}>
        <option value="">{t.systemPrompt.choosePreset}</option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.builtIn ? preset.name : t.systemPrompt.yours(preset.name)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-text`}>{t.systemPrompt.instructions}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={5}
        placeholder={t.systemPrompt.placeholder}
        onChange={(event) => onTextChange(event.target.value)}
      />
      <div className="actions">
        {!naming && (
          <button type="button" className="button small" onClick={() => setNaming(true)}>
            {t.systemPrompt.saveAsNew}
          </button>
        )}
        {ownSelected && (
          <>
            <button type="button" className="button small" onClick={update}>
              {t.systemPrompt.update}
            </button>
            <button type="button" className="button small" onClick={remove}>
              {t.systemPrompt.delete}
            </button>
          </>
        )}
        <button type="button" className="button small" onClick={() => onTextChange("")} disabled={!text}>
          {t.systemPrompt.clear}
        </button>
      </div>
      {naming && (
        <div className="preset-name">
          <label htmlFor={`${id}-name`}>{t.systemPrompt.presetName}</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
          <button type="button" className="button small primary" onClick={saveNew}>
            {t.systemPrompt.savePreset}
          </button>
          <button type="button" className="button small" onClick={() => setNaming(false)}>
            {t.systemPrompt.cancel}
          </button>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {presetProblemText(t, language, problem)}
        </p>
      )}
    </fieldset>
  );
}

function presetProblemText(t: Messages, language: Language, problem: PresetProblem): string {
  const texts = t.systemPrompt;
  switch (problem.code) {
    case "name-missing":
      return texts.nameMissing;
    case "name-too-long":
      return texts.nameTooLong(new Intl.NumberFormat(language).format(problem.max));
    case "name-taken":
      return texts.nameTaken(problem.name);
    case "text-empty":
      return texts.textEmpty;
    case "text-too-long":
      return texts.textTooLong(new Intl.NumberFormat(language).format(problem.max));
  }
}
