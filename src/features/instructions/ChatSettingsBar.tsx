import "./instructions.css";
import { lazy, Suspense, useState } from "react";
import { useT } from "../../i18n/useT";
import { useAppStore } from "../../store/useAppStore";
import { selectGenerationSettings, selectSystemPrompt } from "../../store/slices/instructions/selectors";
import { presetOfText, usePresets } from "./usePresets";

// Loaded when first opened: most visits never change the settings.
const ChatSettingsDialog = lazy(() => import("./ChatSettingsDialog"));

/** One quiet line above the conversation: which instructions apply, and the way to change them. */
export function ChatSettingsBar() {
  const t = useT();
  const systemPrompt = useAppStore(selectSystemPrompt);
  const customSettings = useAppStore((state) => selectGenerationSettings(state) !== undefined);
  const presets = usePresets();
  const [open, setOpen] = useState(false);
  const preset = presetOfText(presets, systemPrompt);
  const summary = [
    systemPrompt
      ? t.chatSettings.summaryPrompt(preset ? preset.name : t.chatSettings.summaryCustomPrompt)
      : t.chatSettings.summaryNoPrompt,
    customSettings ? t.chatSettings.summaryCustomSettings : t.chatSettings.summaryDefaultSettings,
  ].join(" · ");

  return (
    <div className="chat-settings-bar">
      <span className="chat-settings-summary">{summary}</span>
      <button type="button" className="button small" onClick={() => setOpen(true)}>
        {t.chatSettings.open}
      </button>
      <Suspense fallback={null}>{open && <ChatSettingsDialog onClose={() => setOpen(false)} />}</Suspense>
    </div>
  );
}
