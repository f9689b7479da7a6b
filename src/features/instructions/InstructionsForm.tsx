import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  DEFAULT_GENERATION_SETTINGS,
  GENERATION_SETTING_NAMES,
  parseGenerationSetting,
  type GenerationSettings,
} from "../../domain/generationSettings";
import { SYSTEM_PROMPT_MAX_LENGTH } from "../../domain/systemPrompts";
import type { Language } from "../../i18n/language";
import { useLanguage, useT } from "../../i18n/useT";
import type { Instructions } from "../../store/slices/instructions/instructionsSlice";
import {
  GenerationSettingsFields,
  type SettingsDraft,
  type SettingsErrors,
} from "./GenerationSettingsFields";
import { formatSettingNumber, usesDecimalComma } from "./settingNumbers";
import { SystemPromptEditor } from "./SystemPromptEditor";

function draftOf(settings: GenerationSettings, language: Language): SettingsDraft {
  return Object.fromEntries(
    GENERATION_SETTING_NAMES.map((name) => [name, formatSettingNumber(settings[name], language)]),
  ) as SettingsDraft;
}

function sameAsDefaults(settings: GenerationSettings): boolean {
  return GENERATION_SETTING_NAMES.every((name) => settings[name] === DEFAULT_GENERATION_SETTINGS[name]);
}

interface Props {
  /** What the form starts from. */
  initial: Instructions;
  /** Called with valid instructions only (settings absent when they are the defaults). */
  onSave(instructions: { systemPrompt: string; settings: GenerationSettings | undefined }): void;
  /** The buttons' row: Save is always there; the host adds Cancel or a note. */
  actions?: ReactNode;
  saveLabel: string;
}

/**
 * A system prompt (with presets) and the generation settings, checked on Save: out-of-range values are refused,
 * each field saying what it allows, and the first wrong field is focused. Used by a conversation's Chat settings
 * and by the default instructions for new chats.
 */
export function InstructionsForm({ initial, onSave, actions, saveLabel }: Props) {
  const t = useT();
  const language = useLanguage();
  const [systemPrompt, setSystemPrompt] = useState(initial.systemPrompt ?? "");
  const [draft, setDraft] = useState(() =>
    draftOf(initial.settings ?? DEFAULT_GENERATION_SETTINGS, language),
  );
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [promptTooLong, setPromptTooLong] = useState(false);
  /** Counts refused saves, so the first invalid field is focused once React has marked it. */
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [refusals]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const nextErrors: SettingsErrors = {};
    const parsed = { ...DEFAULT_GENERATION_SETTINGS };
    const decimalComma = usesDecimalComma(language);
    for (const name of GENERATION_SETTING_NAMES) {
      const result = parseGenerationSetting(name, draft[name], { decimalComma });
      if (result.ok) parsed[name] = result.value;
      else nextErrors[name] = result.problem;
    }
    const tooLong = systemPrompt.length > SYSTEM_PROMPT_MAX_LENGTH;
    setErrors(nextErrors);
    setPromptTooLong(tooLong);
    if (tooLong || Object.keys(nextErrors).length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    onSave({ systemPrompt, settings: sameAsDefaults(parsed) ? undefined : parsed });
  };

  return (
    <form ref={form} className="instructions-form" onSubmit={save} noValidate>
      <SystemPromptEditor text={systemPrompt} onTextChange={setSystemPrompt} />
      {promptTooLong && (
        <p className="field-error">
          {t.chatSettings.promptTooLong(new Intl.NumberFormat(language).format(SYSTEM_PROMPT_MAX_LENGTH))}
        </p>
      )}
      <fieldset>
        <legend>{t.chatSettings.generation}</legend>
        <GenerationSettingsFields
          draft={draft}
          errors={errors}
          onChange={(name, value) => setDraft((current) => ({ ...current, [name]: value }))}
        />
        <button
          type="button"
          className="button small"
          onClick={() => {
            setDraft(draftOf(DEFAULT_GENERATION_SETTINGS, language));
            setErrors({});
          }}
        >
          {t.chatSettings.reset}
        </button>
      </fieldset>
      {Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          {t.chatSettings.refused}
        </p>
      )}
      <div className="actions">
        {actions}
        <button type="submit" className="button primary">
          {saveLabel}
        </button>
      </div>
    </form>
  );
}
