import { useId } from "react";
import {
  GENERATION_SETTING_NAMES,
  GENERATION_SETTING_RULES,
  type GenerationSettingName,
} from "../../domain/generationSettings";

export type SettingsDraft = Record<GenerationSettingName, string>;
export type SettingsErrors = Partial<Record<GenerationSettingName, string>>;

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
  const idPrefix = useId();
  return (
    <div className="settings-fields">
      {GENERATION_SETTING_NAMES.map((name) => {
        const rule = GENERATION_SETTING_RULES[name];
        const id = `${idPrefix}-${name}`;
        const error = errors[name];
        return (
          <div className="settings-field" key={name}>
            <label htmlFor={id}>{rule.label}</label>
            <input
              id={id}
              type="text"
              inputMode={rule.integer ? "numeric" : "decimal"}
              value={draft[name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              onChange={(event) => onChange(name, event.target.value)}
            />
            <p className="field-hint" id={`${id}-hint`}>
              {rule.minExclusive ? `Above ${rule.min}, up to ${rule.max}` : `${rule.min} to ${rule.max}`}.{" "}
              {rule.hint}
            </p>
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
