import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  DEFAULT_GENERATION_SETTINGS,
  GENERATION_SETTING_NAMES,
  parseGenerationSetting,
  type GenerationSettings,
} from "../../domain/generationSettings";
import { SYSTEM_PROMPT_MAX_LENGTH } from "../../domain/systemPrompts";
import type { Language } from "../../i18n/language";
import { useLanguage, useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectGenerationSettings, selectSystemPrompt } from "../../store/slices/instructions/selectors";
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

/**
 * The open conversation's (or the next new chat's) system prompt and generation settings. Nothing is
 * applied until Save, and Save refuses out-of-range values, saying what each field allows.
 */
export default function ChatSettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const savedPrompt = useAppStore(selectSystemPrompt);
  const savedSettings = useAppStore(selectGenerationSettings);
  const setInstructions = useAppStore((state) => state.setInstructions);
  const [systemPrompt, setSystemPrompt] = useState(savedPrompt ?? "");
  const [draft, setDraft] = useState(() => draftOf(savedSettings ?? DEFAULT_GENERATION_SETTINGS, language));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [promptTooLong, setPromptTooLong] = useState(false);
  /** Counts refused saves, so the first invalid field is focused once React has marked it. */
  const [refusals, setRefusals] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    if (refusals > 0) dialog.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
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
    setInstructions({ systemPrompt, settings: sameAsDefaults(parsed) ? undefined : parsed });
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog settings-dialog"
      aria-labelledby="chat-settings-title"
      onClose={onClose}
    >
      <form onSubmit={save} noValidate>
        <h2 id="chat-settings-title">{t.chatSettings.title}</h2>
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
          <button type="button" className="button" onClick={onClose}>
            {t.chatSettings.cancel}
          </button>
          <button type="submit" className="button primary">
            {t.chatSettings.save}
          </button>
        </div>
      </form>
    </dialog>
  );
}
