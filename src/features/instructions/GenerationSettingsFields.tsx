import { useId } from "react";
import {
  GENERATION_SETTING_NAMES,
  GENERATION_SETTING_RULES,
  type GenerationSettingName,
  type SettingProblem,
} from "../../domain/generationSettings";
import type { Messages } from "../../i18n/messages/en";
import { useLanguage, useT } from "../../i18n/useT";
import { formatSettingNumber } from "./settingNumbers";

export type SettingsDraft = Record<GenerationSettingName, string>;
export type SettingsErrors = Partial<Record<GenerationSettingName, SettingProblem>>;

/** The five sampling settings as text fields, each with its range, a hint and its own error message. */
export function GenerationSettingsFields({
  draft,
  errors,
  onChange,
}: {
  draft: SettingsDraft;
  errors: SettingsErrors;
  onChange(name: GenerationSettingName, value: string): void;
}) {
  const t = useT();
  const language = useLanguage();
  const idPrefix = useId();
  const texts = t.generationSettings;
  return (
    <div className="settings-fields">
      {GENERATION_SETTING_NAMES.map((name) => {
        const rule = GENERATION_SETTING_RULES[name];
        const id = `${idPrefix}-${name}`;
        const problem = errors[name];
        const min = formatSettingNumber(rule.min, language);
        const max = formatSettingNumber(rule.max, language);
        return (
          <div className="settings-field" key={name}>
            <label htmlFor={id}>{texts.labels[name]}</label>
            <input
              id={id}
              type="text"
              inputMode={rule.integer ? "numeric" : "decimal"}
              value={draft[name]}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
              onChange={(event) => onChange(name, event.target.value)}
            />
            <p className="field-hint" id={`${id}-hint`}>
              {rule.minExclusive ? texts.rangeHintAbove(min, max) : texts.rangeHint(min, max)}{" "}
              {texts.hints[name]}
            </p>
            {problem && (
              <p className="field-error" id={`${id}-error`}>
                {settingProblemText(t, name, problem, min, max)}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** "Temperature must be between 0 and 2.": what the field allows, in the interface's language. */
function settingProblemText(
  t: Messages,
  name: GenerationSettingName,
  problem: SettingProblem,
  min: string,
  max: string,
): string {
  const texts = t.generationSettings;
  const label = texts.labels[name];
  const range = GENERATION_SETTING_RULES[name].minExclusive
    ? texts.rangeAbove(min, max)
    : texts.range(min, max);
  if (problem === "not-a-number") return texts.notANumber(label, range);
  if (problem === "not-whole") return texts.notWhole(label, range);
  return texts.outOfRange(label, range);
}
