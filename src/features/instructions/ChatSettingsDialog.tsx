import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  DEFAULT_GENERATION_SETTINGS,
  GENERATION_SETTING_NAMES,
  parseGenerationSetting,
  type GenerationSettings,
} from "../../domain/generationSettings";
import { SYSTEM_PROMPT_MAX_LENGTH } from "../../domain/systemPrompts";
import { useAppStore } from "../../store/useAppStore";
import { selectGenerationSettings, selectSystemPrompt } from "../../store/slices/instructions/selectors";
import {
  GenerationSettingsFields,
  type SettingsDraft,
  type SettingsErrors,
} from "./GenerationSettingsFields";
import { SystemPromptEditor } from "./SystemPromptEditor";

function draftOf(settings: GenerationSettings): SettingsDraft {
  return Object.fromEntries(
    GENERATION_SETTING_NAMES.map((name) => [name, String(settings[name])]),
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
  const savedPrompt = useAppStore(selectSystemPrompt);
  const savedSettings = useAppStore(selectGenerationSettings);
  const setInstructions = useAppStore((state) => state.setInstructions);
  const [systemPrompt, setSystemPrompt] = useState(savedPrompt ?? "");
  const [draft, setDraft] = useState(() => draftOf(savedSettings ?? DEFAULT_GENERATION_SETTINGS));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [promptError, setPromptError] = useState<string>();
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
    for (const name of GENERATION_SETTING_NAMES) {
      const result = parseGenerationSetting(name, draft[name]);
      if (result.ok) parsed[name] = result.value;
      else nextErrors[name] = result.error;
    }
    const tooLong = systemPrompt.length > SYSTEM_PROMPT_MAX_LENGTH;
    setErrors(nextErrors);
    setPromptError(
      tooLong ? `The system prompt is too long (at most ${SYSTEM_PROMPT_MAX_LENGTH} characters).` : undefined,
    );
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
        <h2 id="chat-settings-title">Chat settings</h2>
        <SystemPromptEditor text={systemPrompt} onTextChange={setSystemPrompt} />
        {promptError && <p className="field-error">{promptError}</p>}
        <fieldset>
          <legend>Generation settings</legend>
          <GenerationSettingsFields
            draft={draft}
            errors={errors}
            onChange={(name, value) => setDraft((current) => ({ ...current, [name]: value }))}
          />
          <button
            type="button"
            className="button small"
            onClick={() => {
              setDraft(draftOf(DEFAULT_GENERATION_SETTINGS));
              setErrors({});
            }}
          >
            Reset to defaults
          </button>
        </fieldset>
        {Object.keys(errors).length > 0 && (
          <p className="field-error" role="alert">
            Some settings are out of range; nothing was saved.
          </p>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
